import { type SheetSnap, useStore } from './store';

export const setSheet = (sheet: SheetSnap): void => {
  if (useStore.getState().sheet !== sheet) useStore.setState({ sheet });
};

/**
 * A newly opened card drops the bottom sheet to its peek, so the structure it names is in view;
 * the user pulls it up to read more.
 */
export const followCards = (): (() => void) =>
  useStore.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.condition !== prev.condition || s.site !== prev.site) {
      if (s.selected !== null || s.condition !== null || s.site !== null) setSheet('peek');
    }
  });
