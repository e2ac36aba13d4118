import { type Box, unobstructedBox } from '../lib/unobstructed';

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};

const shown = (el: Element): boolean => el.checkVisibility?.() ?? true;

/** The first element matching `selector` that is rendered (the prerendered shell holds one copy per layout). */
export const visibleOne = (selector: string): Element | undefined =>
  [...document.querySelectorAll(selector)].find(shown);

/**
 * The 3D view's box (`.stage`, the visible one: the prerendered shell holds one per layout) and the
 * part of it no panel (elements marked `data-panel`) covers, in the stage's own pixels. Null when
 * there is no visible stage.
 */
export const measureStage = (): { stage: Box; free: Box } | null => {
  const el = visibleOne('.stage');
  if (!el) return null;
  const stage = boxOf(el);
  const free = unobstructedBox(
    stage,
    [...document.querySelectorAll('[data-panel]')].filter(shown).map(boxOf),
  );
  return { stage, free: { ...free, x: free.x - stage.x, y: free.y - stage.y } };
};
