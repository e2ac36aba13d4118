import { conditions, getCondition, getSite, sites } from '../content';
import { isReadingLevel, readingLevels } from '../lib/reading-level';
import { openCondition, openSite, setReadingLevel } from '../state/cards';
import { highlightedIds } from '../state/highlight';
import { markerSpots } from '../state/marker-screen';
import { useStore } from '../state/store';
import type { ContentApi } from './content-types';

/** The content members of the API; `settled` resolves when the camera comes to rest. */
export const createContentApi = (settled: () => Promise<void>): ContentApi => ({
  showCondition(id) {
    if (id !== null && !getCondition(id)) {
      const known = conditions.map((c) => c.id).join(', ');
      throw new Error(`kneeExplorer.showCondition: no condition called "${id}"; use one of ${known}`);
    }
    openCondition(id);
    return settled();
  },
  highlighted: () => highlightedIds(useStore.getState()),
  sites: () => sites.map((s) => ({ id: s.id, target: s.target, kind: s.kind })),
  selectSite(id) {
    if (!getSite(id)) {
      throw new Error(`kneeExplorer.selectSite: no site called "${id}" (see kneeExplorer.sites())`);
    }
    openSite(id);
    return settled();
  },
  setReadingLevel(level) {
    if (!isReadingLevel(level)) {
      throw new Error(`kneeExplorer.setReadingLevel: use one of ${readingLevels.join(', ')}`);
    }
    setReadingLevel(level);
  },
  readingLevel: () => useStore.getState().readingLevel,
  projectSite(id) {
    const spot = markerSpots().find((s) => s.id === id);
    if (!spot?.inView || !spot.front) return null;
    const x = Math.round(spot.pageLeft + spot.x);
    const y = Math.round(spot.pageTop + spot.y);
    // Only a point where a click reaches the marker (not a panel lying over it).
    const hit = document.elementFromPoint(x - window.scrollX, y - window.scrollY);
    return hit?.closest(`[data-marker="${id}"]`) ? { x, y } : null;
  },
});
