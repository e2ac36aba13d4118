import { createContext, useContext } from 'react';

/** How a card is drawn: on screen, with its buttons, or as part of a printout. */
export interface CardMode {
  /** Back, Show, close, isolate and the links to other cards; a printout has text instead. */
  interactive: boolean;
  /** Put before the ids a card gives its elements, so a second copy never repeats the first's ids. */
  idPrefix: string;
}

export const CardModeContext = createContext<CardMode>({ interactive: true, idPrefix: '' });

export const useCardMode = (): CardMode => useContext(CardModeContext);
