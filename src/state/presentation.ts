import { type AppState, type Mode, setView, useStore, type ViewName } from './store';

/**
 * Explain mode, presentation mode, labels and the "hand to the patient" lock (issues #8 and #11).
 * Explain and presentation modes show only the knee and a bar, with labels always on; the lock,
 * only possible in explain mode, leaves the camera free (rotate, zoom) and refuses every other
 * change (navigation.ts checks `locked`) until a long press unlocks it. Leaving explain mode always
 * unlocks; leaving presentation mode always shows the screen again.
 */

export const setMode = (mode: Mode): void => {
  const s = useStore.getState();
  if (s.mode === mode && (mode === 'explain' || !s.locked)) return;
  const next: Partial<AppState> = mode === 'explain' ? { mode } : { mode, locked: false };
  if (mode !== 'present') next.blanked = false;
  useStore.setState(next);
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

/** Are labels drawn? The toggle, or explain and presentation modes (where they are always on). */
export const labelsShown = (s: Pick<AppState, 'labels' | 'mode'>): boolean =>
  s.labels || s.mode !== 'explore';

/** Presentation mode's blank screen (B); refused (false) outside presentation mode. */
export const setBlanked = (blanked: boolean): boolean => {
  const s = useStore.getState();
  if (blanked && s.mode !== 'present') return false;
  if (s.blanked !== blanked) useStore.setState({ blanked });
  return true;
};

/** The view presets in the order they sit around the knee, so each step turns a quarter. */
export const viewRing: readonly ViewName[] = ['anterior', 'medial', 'posterior', 'lateral'];
let lastPreset: ViewName = 'anterior';
useStore.subscribe((s) => {
  if (s.view !== 'custom') lastPreset = s.view;
});

/** The next (1) or previous (-1) preset around the knee; after a turn by hand, from the last preset. */
export const stepView = (direction: 1 | -1): ViewName => {
  const { view } = useStore.getState();
  const from = view === 'custom' ? lastPreset : view;
  const next =
    viewRing[(viewRing.indexOf(from) + direction + viewRing.length) % viewRing.length] ?? 'anterior';
  setView(next);
  return next;
};

/** Opens or closes the tour picker (the list of guided tours). */
export const setTourPicker = (open: boolean): void => {
  if (useStore.getState().tourPicker !== open) useStore.setState({ tourPicker: open });
};
