import { getCondition, getSite } from './clinical';
import { current, open } from './navigation';
import { quizTakesTap } from './quiz';

/**
 * The content doors into navigation (they need the clinical content to check ids, so they live on
 * the content chunk): conditions and injection sites open on top of the current card.
 */

/** Opens a condition's card (null closes it). Unknown ids are refused: returns false. */
export const openCondition = (id: string | null): boolean => {
  if (id === null) {
    const now = current();
    if (now.condition !== null) open({ ...now, condition: null, site: null });
    return true;
  }
  if (!getCondition(id)) return false;
  open({ selected: null, condition: id, site: null });
  return true;
};

/** Opens an injection site's card over the current structure or condition. */
export const openSite = (id: string | null): boolean => {
  if (id !== null && !getSite(id)) return false;
  if (id !== null && quizTakesTap('site', id)) return true;
  open({ ...current(), site: id });
  return true;
};

export { select as openStructure } from './navigation';
// Preferences live apart so the first view can use them without the clinical content.
export { setAllSites, setReadingLevel, storedReadingLevel } from './preferences';
