import { isStructureId } from '../content/structures';
import { quizTakesTap } from './quiz';
import { runtime } from './runtime';
import { type CardRef, useStore } from './store';

/**
 * The one owner of what the cards show: a structure (`selected`), a condition, an injection site on
 * top, and the Back stack. Every door (3D click, list, search, links in cards, the API, the URL)
 * goes through `open`, so the Back rules live here once.
 */
const MAX_BACK = 20;

export const current = (): CardRef => {
  const { selected, condition, site } = useStore.getState();
  return { selected, condition, site };
};

const isOpen = (c: CardRef): boolean => c.selected !== null || c.condition !== null || c.site !== null;

/** Explain mode's "hand to the patient" lock: nothing but the camera may change (state/presentation.ts). */
const isLocked = (): boolean => useStore.getState().locked;

const same = (a: CardRef, b: CardRef): boolean =>
  a.selected === b.selected && a.condition === b.condition && a.site === b.site;

/** Clears every card, the Back stack and isolate (there is nothing left to isolate). */
export const closeAll = (): void =>
  useStore.setState({ selected: null, condition: null, site: null, isolate: false, back: [] });

/**
 * Shows `next`. The card on screen goes onto the Back stack unless `push` is false (a site card
 * closing onto the card beneath). Showing nothing is closeAll.
 */
export const open = (next: CardRef, push = true): void => {
  if (isLocked()) return;
  const now = current();
  if (same(now, next)) return;
  if (!isOpen(next)) {
    closeAll();
    return;
  }
  const { back } = useStore.getState();
  useStore.setState({ ...next, back: push && isOpen(now) ? [...back, now].slice(-MAX_BACK) : back });
};

/**
 * Selects a structure, replacing any open condition or site card (Back returns to it); null clears
 * everything. Unknown ids, and any change while the view is locked, are refused: returns false and
 * changes nothing.
 */
export const select = (id: string | null): boolean => {
  if (isLocked()) return false;
  if (id === null) {
    closeAll();
    return true;
  }
  if (!isStructureId(id)) return false;
  if (quizTakesTap('structure', id)) return true;
  open({ selected: id, condition: null, site: null });
  return true;
};

/**
 * Selects what a touch or click on the model hit, leaving the camera where it is: the user is
 * already looking at it, and a model that flies off loses the patient beside them.
 */
export const selectInPlace = (id: string | null): boolean => {
  runtime.setState({ holdCamera: true });
  try {
    return select(id);
  } finally {
    runtime.setState({ holdCamera: false });
  }
};

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
  const now = current();
  if (now.site !== null) open({ ...now, site: null }, false);
  else closeAll();
};
