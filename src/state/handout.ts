import { type AppState, type HandoutRequest, useStore } from './store';

let lastId = 0;

/** Why a handout promise was refused: it failed to load or lay out, or the screen moved on first. */
export class HandoutError extends Error {
  constructor(readonly reason: 'failed' | 'replaced') {
    super(
      reason === 'failed'
        ? 'Knee Explorer: the handout could not be prepared'
        : 'Knee Explorer: the handout was replaced or went out of date before it was ready',
    );
  }
}

/** What the printed handout shows from the store: once one of these changes, it is out of date. */
const shownChanged = (s: AppState, prev: AppState): boolean =>
  s.selected !== prev.selected ||
  s.condition !== prev.condition ||
  s.site !== prev.site ||
  s.readingLevel !== prev.readingLevel ||
  s.sessionDates !== prev.sessionDates ||
  s.layers !== prev.layers ||
  s.isolate !== prev.isolate ||
  s.allSites !== prev.allSites;

const setStatus = (id: number, status: HandoutRequest['status']): void => {
  const h = useStore.getState().handout;
  if (h?.id === id && h.status !== status) useStore.setState({ handout: { ...h, status } });
};

/** The handout (ui/handout) is laid out, its picture decoded: it can be printed. */
export const handoutReady = (id: number): void => setStatus(id, 'ready');

export const handoutFailed = (id: number): void => setStatus(id, 'failed');

/** Takes the handout off the page (after printing, or when it no longer matches the screen). */
export const closeHandout = (): void => {
  if (useStore.getState().handout !== null) useStore.setState({ handout: null });
};

/**
 * Lays out the take-home handout for this view (hidden on screen, the whole page in print) and
 * resolves once it is ready; with `print`, the handout then opens the print dialog. A newer
 * request replaces it; a change to what it shows (the card, the level, the dates, the layers)
 * takes it off the page, so a later Ctrl+P never prints a stale one. Rejects if it failed.
 */
export const requestHandout = (print: boolean): Promise<void> => {
  lastId += 1;
  const id = lastId;
  useStore.setState({ handout: { id, print, status: 'preparing' } });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const stop = useStore.subscribe((s, prev) => {
      const h = s.handout;
      const mine = h?.id === id;
      const stale = mine && shownChanged(s, prev);
      if (mine && !stale && h.status === 'preparing') return;
      if (mine && !stale && h.status === 'ready') {
        if (!settled) resolve();
        settled = true;
        return;
      }
      stop();
      if (!settled) reject(new HandoutError(mine && h.status === 'failed' ? 'failed' : 'replaced'));
      settled = true;
      if (mine) closeHandout();
    });
  });
};
