import { isSiteId } from '../content/card-ids';
import { isReadingLevel, readingLevels } from '../lib/reading-level';
import { siteCautions } from '../state/cautions';
import { setReadingLevel } from '../state/preferences';
import { runtime } from '../state/runtime';
import { useStore } from '../state/store';
import type { ContentApi } from './content-types';

type ContentOps = typeof import('./content-ops');

let ops: ContentOps | null = null;
let loading: Promise<ContentOps> | null = null;

/** Loads the content half of the API (its own chunk); `ready` waits for it. */
export const loadContentOps = (): Promise<ContentOps> => {
  loading ??= import('./content-ops').then((m) => {
    ops = m;
    return m;
  });
  return loading;
};

/** The loaded content half; `ready` resolves only after it has loaded. */
const loaded = (name: string): ContentOps => {
  if (!ops) throw new Error(`kneeExplorer.${name}: the content is still loading; await kneeExplorer.ready`);
  return ops;
};

/** The content members of the API; `settled` resolves when the camera comes to rest. */
export const createContentApi = (settled: () => Promise<void>): ContentApi => ({
  async showCondition(id) {
    (await loadContentOps()).showConditionNow(id);
    return settled();
  },
  highlighted: () => loaded('highlighted').highlightedNow(),
  sites: () => loaded('sites').siteList(),
  async selectSite(id) {
    (await loadContentOps()).selectSiteNow(id);
    return settled();
  },
  setReadingLevel(level) {
    if (!isReadingLevel(level)) {
      throw new Error(`kneeExplorer.setReadingLevel: use one of ${readingLevels.join(', ')}`);
    }
    setReadingLevel(level);
  },
  readingLevel: () => useStore.getState().readingLevel,
  siteCautions(siteId) {
    if (!isSiteId(siteId)) {
      throw new Error(`kneeExplorer.siteCautions: no site called "${siteId}" (see kneeExplorer.sites())`);
    }
    return siteCautions(siteId);
  },
  projectSite(id) {
    const { markers, canvas } = runtime.getState();
    const spot = markers.find((s) => s.id === id);
    if (!spot?.inView || !spot.front || !canvas) return null;
    const rect = canvas.getBoundingClientRect();
    const x = Math.round(rect.left + window.scrollX + spot.x);
    const y = Math.round(rect.top + window.scrollY + spot.y);
    // Only a point where a click reaches the marker (not a panel lying over it).
    const hit = document.elementFromPoint(x - window.scrollX, y - window.scrollY);
    return hit?.closest(`[data-marker="${id}"]`) ? { x, y } : null;
  },
});
