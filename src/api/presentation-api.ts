import { setLabels, setMode } from '../state/presentation';
import { type Mode, modes, useStore } from '../state/store';
import type { PresentationApi } from './presentation-types';

const isMode = (mode: string): mode is Mode => (modes as readonly string[]).includes(mode);

/** Explain mode and labels (issue #8; documented in README.md). */
export const presentationApi = (): PresentationApi => ({
  setMode(mode) {
    if (!isMode(mode)) {
      throw new Error(`kneeExplorer.setMode: unknown mode "${mode}"; use one of ${modes.join(', ')}`);
    }
    setMode(mode);
  },
  mode: () => useStore.getState().mode,
  setLabels(on) {
    setLabels(Boolean(on));
  },
  labels: () => useStore.getState().labels,
  locked: () => useStore.getState().locked,
});
