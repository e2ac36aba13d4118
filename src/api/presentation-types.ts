import type { Mode } from '../state/store';

/** Explain and presentation modes and labels: the part of window.kneeExplorer for showing the knee to someone. */
export interface PresentationApi {
  /**
   * 'explore' (the full interface), 'explain' (the knee, a slim bar, labels) or 'present' (a projector:
   * large type, clicker keys, full screen where allowed). Throws if unknown. Leaving explain mode unlocks.
   */
  setMode(mode: string): void;
  mode(): Mode;
  /** Leader-line labels on the visible structures (always shown in explain mode, whatever this says). */
  setLabels(on: boolean): void;
  labels(): boolean;
  /** Explain mode's "hand to the patient" lock: only rotate and zoom work; a long press on the badge unlocks. */
  locked(): boolean;
}
