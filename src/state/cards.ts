import { getCondition, getSite } from '../content';
import { type CardRef, useStore } from './store';

/**
 * Card navigation for the clinical content (issue #3): conditions and injection sites open on top
 * of the current card; Back returns to the previous one. Structures open through store.select.
 */
const MAX_BACK = 20;

const current = (): CardRef => {
  const { selected, condition, site } = useStore.getState();
  return { selected, condition, site };
};

const isOpen = (c: CardRef): boolean => c.selected !== null || c.condition !== null || c.site !== null;

const go = (next: CardRef): void => {
  const now = current();
  if (now.selected === next.selected && now.condition === next.condition && now.site === next.site) return;
  const back = isOpen(now) ? [...useStore.getState().back, now].slice(-MAX_BACK) : useStore.getState().back;
  useStore.setState({ ...next, back });
};

/** Opens a condition's card (null closes it). Unknown ids are refused: returns false. */
export const openCondition = (id: string | null): boolean => {
  if (id === null) {
    if (useStore.getState().condition !== null) go({ ...current(), condition: null, site: null });
    return true;
  }
  if (!getCondition(id)) return false;
  go({ selected: null, condition: id, site: null });
  return true;
};

/** Opens an injection site's card over the current structure or condition. */
export const openSite = (id: string | null): boolean => {
  if (id !== null && !getSite(id)) return false;
  go({ ...current(), site: id });
  return true;
};

/** Opens a structure's card from a link in another card (Back returns to that card). */
export const openStructure = (id: string): void => go({ selected: id, condition: null, site: null });

/** Returns to the previous card; false when there is none. */
export const goBack = (): boolean => {
  const { back } = useStore.getState();
  const previous = back.at(-1);
  if (!previous) return false;
  useStore.setState({ ...previous, back: back.slice(0, -1) });
  return true;
};

/** The card's close button: a site card closes to the card beneath; anything else clears all. */
export const closeCard = (): void => {
  if (useStore.getState().site !== null) useStore.setState({ site: null });
  else useStore.setState({ selected: null, isolate: false, condition: null, site: null, back: [] });
};

// Preferences live apart so the first view can use them without the clinical content.
export { setAllSites, setReadingLevel, storedReadingLevel } from './preferences';
