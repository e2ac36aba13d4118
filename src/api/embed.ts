import { isFramed } from '../lib/embed-page';
import { useStore } from '../state/store';

/**
 * Loads the postMessage bridge (its own chunk) only where a parent page can use it: in a frame, or
 * with `?embed=1`. A page opened on its own never fetches it, so the first view does not grow.
 * Call after installApi and startUrlSync.
 */
export const startEmbedBridge = (win: Window): void => {
  if (!isFramed(win) && !useStore.getState().embed) return;
  import('./embed-install')
    .then((m) => m.installBridge(win))
    .catch((error: unknown) => console.warn('Knee Explorer: the embed bridge did not start', error));
};
