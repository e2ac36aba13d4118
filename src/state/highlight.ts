import type { StructureId } from '../content/structure-ids';
import { openSiteCautions } from '../lib/cautions';
import { loadedContent } from './content-registry';
import type { AppState } from './store';

/** How a structure is drawn: as itself, highlighted as the selection, or faded to x-ray. */
export type Look = 'normal' | 'selected' | 'xray';

/** Structures the open condition highlights ([] when no condition is open). */
export const highlightedIds = (state: Pick<AppState, 'condition'>): string[] =>
  state.condition ? [...(loadedContent()?.getCondition(state.condition)?.structures ?? [])] : [];

/** Structures an open site works on: its target and anything else the same injection reaches. */
const siteTargets = (siteId: string | null): StructureId[] => {
  const site = siteId ? loadedContent()?.getSite(siteId) : undefined;
  return site ? [site.target, ...site.alsoTargets] : [];
};

/**
 * The look of one structure: a condition highlights all its structures and x-rays the rest; an open
 * site does the same for its targets; otherwise the selection is highlighted. Quiz picks come first.
 */
export const structureLook = (
  state: Pick<AppState, 'condition' | 'site' | 'selected'> & Partial<Pick<AppState, 'quiz' | 'cautions'>>,
  id: string,
): Look => {
  // A quiz answer being tapped together: the picks light up, the rest stays tappable.
  const picked = state.quiz?.picked ?? [];
  if (picked.length > 0) return picked.includes(id) ? 'selected' : 'normal';
  const group = state.condition ? highlightedIds(state) : siteTargets(state.site);
  if (group.length > 0) {
    if (group.includes(id)) return 'selected';
    // What a needle steers round keeps its own colour (nerves yellow, arteries red, veins blue).
    return !state.condition && openSiteCautions(state).some((c) => c.id === id) ? 'normal' : 'xray';
  }
  if (state.selected === null) return 'normal';
  return state.selected === id ? 'selected' : 'xray';
};

/** What the camera frames: the condition's structures, else the selection (sites frame themselves). */
export const focusIds = (state: Pick<AppState, 'condition' | 'selected'>): string[] =>
  state.condition ? highlightedIds(state) : state.selected ? [state.selected] : [];
