import { useStore } from '../state/store';
import { type BridgeHost, createBridge, type IncomingMessage } from './embed-bridge';
import { selectionDetail, timelineDetail, watchStore } from './embed-events';
import { ORIGINS_META, originPolicy } from './embed-origins';

/** The browser's side of the bridge: message events, the framing window and its reported origin. */
const browserHost = (win: Window): BridgeHost => ({
  listen(handler) {
    const onMessage = (e: MessageEvent) =>
      handler({ data: e.data, origin: e.origin, source: e.source } satisfies IncomingMessage);
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  },
  parent: win.parent === win ? null : win.parent,
  parentOrigin: win.location.ancestorOrigins?.[0] ?? null,
});

/**
 * Starts the postMessage bridge over window.kneeExplorer (loaded only in a frame or with `?embed=1`,
 * see api/embed.ts). The allow-list is the build's VITE_EMBED_ORIGINS plus the page's meta, if any.
 */
export const installBridge = (win: Window): void => {
  const api = win.kneeExplorer;
  if (!api) throw new Error('Knee Explorer: the embed bridge needs window.kneeExplorer installed first');
  const meta = win.document.querySelector<HTMLMetaElement>(`meta[name="${ORIGINS_META}"]`);
  const policy = originPolicy(import.meta.env.VITE_EMBED_ORIGINS, meta?.content);
  if (policy.invalid.length > 0) {
    console.warn(`Knee Explorer: not origins, left out of the embed allow-list: ${policy.invalid.join(' ')}`);
  }
  const bridge = createBridge({ host: browserHost(win), api, policy, warn: console.warn });
  watchStore(bridge.emit);
  void api.ready.then(() => {
    const s = useStore.getState();
    bridge.emit('ready', {
      status: api.status(),
      selection: selectionDetail(s),
      timeline: timelineDetail(s),
    });
  });
};
