/// <reference types="vite-plugin-pwa/vanillajs" />
import { isFramed } from '../lib/embed-page';
import { dispatchUpdate, updateStore } from './update-state';

/** Give up waiting for the 3D (a stalled model download) and register anyway after this long. */
const REGISTER_AT_THE_LATEST_MS = 15_000;
/** If the waiting worker never takes over after Reload, reload anyway (the prompt comes back). */
const TAKEOVER_TIMEOUT_MS = 4_000;

let updateSW: (() => Promise<void>) | undefined;

/**
 * Registers the service worker (vite-plugin-pwa, `registerType: 'prompt'`; scope: the app's base)
 * once the knee is on screen (`knee:ready`), so caching everything for offline use never competes
 * with the first view, and the page's own requests are made before a worker controls it.
 * Builds only: on the dev server `virtual:pwa-register` is vite-plugin-pwa's no-op, so HMR is
 * untouched (not `import.meta.env.PROD`: that follows NODE_ENV, which vitest sets to 'test').
 * Not inside another site's frame (issue #12): there the worker would precache the whole app into
 * that site's partitioned storage for every visitor of the host page, and could ask them to reload
 * someone else's page for an update; the embed simply uses the network, like the rest of the page.
 */
export const startServiceWorker = (win: Window): void => {
  if (!('serviceWorker' in win.navigator) || isFramed(win)) return;
  const settled = new Promise<void>((resolve) => {
    win.addEventListener('knee:ready', () => resolve(), { once: true });
    win.setTimeout(resolve, REGISTER_AT_THE_LATEST_MS);
  });
  const warn = (error: unknown) => console.warn('Knee Explorer: offline use is unavailable for now', error);
  void settled.then(async () => {
    // Offline on a first visit, this chunk cannot arrive: the next visit registers instead.
    const { registerSW } = await import('virtual:pwa-register').catch((error: unknown) => {
      warn(error);
      return { registerSW: undefined };
    });
    updateSW = registerSW?.({
      immediate: true,
      onNeedRefresh: () => dispatchUpdate({ type: 'need-refresh' }),
      onOfflineReady: () => dispatchUpdate({ type: 'offline-ready' }),
      // The new version took control: reload if this tab asked for it, otherwise (another tab did) ask.
      onNeedReload: () => {
        if (updateStore.getState().applying) win.location.reload();
        else dispatchUpdate({ type: 'activated-elsewhere' });
      },
      onRegisterError: warn,
    });
  });
};

/** Reload into the new version: the waiting worker takes over first, then the page reloads. */
export const applyUpdate = (win: Window = window): void => {
  const { status } = updateStore.getState();
  dispatchUpdate({ type: 'reload' });
  if (status === 'waiting' && updateSW) {
    void updateSW();
    win.setTimeout(() => win.location.reload(), TAKEOVER_TIMEOUT_MS);
  } else {
    win.location.reload();
  }
};

/** Later: keep the current version until the next visit (the new one starts when every tab is closed). */
export const postponeUpdate = (): void => dispatchUpdate({ type: 'later' });
