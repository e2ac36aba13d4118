import { type AppState, type Mode, useStore } from './store';

/**
 * Explain mode, labels and the "hand to the patient" lock (issue #8). Explain mode shows only the
 * knee and a slim bar, with labels always on; the lock, only possible in explain mode, leaves the
 * camera free (rotate, zoom) and refuses every other change (navigation.ts checks `locked`) until a
 * long press unlocks it. Leaving explain mode always unlocks.
 */

export const setMode = (mode: Mode): void => {
  const s = useStore.getState();
  if (s.mode === mode && (mode === 'explain' || !s.locked)) return;
  useStore.setState(mode === 'explain' ? { mode } : { mode, locked: false });
};

export const setLabels = (labels: boolean): void => {
  if (useStore.getState().labels !== labels) useStore.setState({ labels });
};

/** Locks the view for the patient; refused (false) outside explain mode. */
export const lock = (): boolean => {
  const s = useStore.getState();
  if (s.mode !== 'explain') return false;
  if (!s.locked) useStore.setState({ locked: true });
  return true;
};

export const unlock = (): void => {
  if (useStore.getState().locked) useStore.setState({ locked: false });
};

/** Are labels drawn? The toggle, or explain mode (where they are always on). */
export const labelsShown = (s: Pick<AppState, 'labels' | 'mode'>): boolean =>
  s.labels || s.mode === 'explain';
