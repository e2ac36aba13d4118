import type { Caution, CautionTable } from '../lib/cautions';
import { useStore } from './store';

/** The scene hands over the loaded model's caution lists once (a new model replaces them). */
export const setCautions = (table: CautionTable): void => useStore.setState({ cautions: table });

/**
 * The nerves and vessels within 20 mm of a site's needle path in the model, nearest first: a copy,
 * [] for an unknown site or before the model has loaded (`kneeExplorer.siteCautions`).
 */
export const siteCautions = (siteId: string): Caution[] =>
  (useStore.getState().cautions[siteId] ?? []).map((c) => ({ ...c }));
