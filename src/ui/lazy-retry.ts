import { type ComponentType, lazy } from 'react';
import { addNotice, dismissNotice, useStore } from '../state/store';

/** Resolves once the network is back, or after `ms` when the browser believes it is online. */
const backOnline = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    if (navigator.onLine) setTimeout(resolve, ms);
    else addEventListener('online', () => resolve(), { once: true });
  });

/** The one "waiting for the network" notice, however many parts are waiting. */
let waiting = 0;
let notice: number | null = null;

/**
 * Imports a lazy chunk; if the fetch fails (offline on a first visit, before the service worker has
 * cached the app), says so once and tries again when the network is back, with a growing pause,
 * instead of throwing: a failed `React.lazy` would take the whole interface down with it, and
 * "nothing is lost" (issue #10). The notice goes when every waiting part has arrived.
 */
export const retryImport = async <T>(load: () => Promise<T>): Promise<T> => {
  for (let pause = 1000, failed = false; ; pause = Math.min(pause * 2, 30_000)) {
    try {
      const module = await load();
      if (failed && --waiting === 0 && notice !== null) {
        dismissNotice(notice);
        notice = null;
      }
      return module;
    } catch {
      if (!failed) {
        failed = true;
        waiting++;
        const shown = useStore.getState().notices.some((n) => n.id === notice);
        if (!shown) notice = addNotice('partOffline');
      }
      await backOnline(pause);
    }
  }
};

/** `React.lazy` over a named export, retried as `retryImport` does. */
export const lazyRetry = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => retryImport(load).then((component) => ({ default: component })));
