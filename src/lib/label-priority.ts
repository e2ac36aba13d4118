import type { Category } from '../content/schema';
import { getStructure, structureIds } from '../content/structures';
import { type DrawQuery, isDrawn } from './visibility';

/** An axis-aligned box in world metres (the scene hands over plain numbers). */
export interface Box {
  min: readonly [number, number, number];
  max: readonly [number, number, number];
}

/** Gap between two boxes (m): 0 when they touch or overlap. */
export const boxGap = (a: Box, b: Box): number => {
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const d = Math.max(0, (a.min[k] ?? 0) - (b.max[k] ?? 0), (b.min[k] ?? 0) - (a.max[k] ?? 0));
    sum += d * d;
  }
  return Math.sqrt(sum);
};

const centreDistance = (a: Box, b: Box): number => {
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const d = ((a.min[k] ?? 0) + (a.max[k] ?? 0) - (b.min[k] ?? 0) - (b.max[k] ?? 0)) / 2;
    sum += d * d;
  }
  return Math.sqrt(sum);
};

/** Boxes within this many metres of the selection's count as its neighbours. */
export const NEIGHBOUR_GAP = 0.005;

/**
 * A structure's neighbours: those whose boxes touch or come within `near` of its box, nearest
 * first (by gap, then by centre distance, then id, so the order is stable).
 */
export const neighboursOf = (id: string, boxes: ReadonlyMap<string, Box>, near = NEIGHBOUR_GAP): string[] => {
  const own = boxes.get(id);
  if (!own) return [];
  const found: { id: string; gap: number; centre: number }[] = [];
  for (const [other, box] of boxes) {
    if (other === id) continue;
    const gap = boxGap(own, box);
    if (gap <= near) found.push({ id: other, gap, centre: centreDistance(own, box) });
  }
  found.sort((a, b) => a.gap - b.gap || a.centre - b.centre || a.id.localeCompare(b.id));
  return found.map((f) => f.id);
};

/**
 * Which labels matter most when there is no room for all: landmarks a patient knows (bones), then
 * what prolotherapy treats (ligaments, tendons), then the rest.
 */
const categoryRank: Readonly<Record<Category, number>> = {
  bone: 0,
  ligament: 1,
  tendon: 2,
  meniscus: 3,
  capsule: 4,
  cartilage: 5,
  // The neighbours start hidden: on screen, someone turned them on to look at them (issue #13).
  nerve: 0.5,
  vessel: 0.6,
  muscle: 2.5,
  bursa: 3.5,
  skin: 10,
};

export interface LabelQuery extends DrawQuery {
  mode: 'explore' | 'explain' | 'present';
}

/**
 * The structures to label, most important first: the selection, its drawn neighbours, then (except
 * in explain or presentation mode with a selection, which labels only the selection and its neighbours) every other
 * drawn structure by category rank. Only structures with a box are labelled. How many are shown is
 * the layout's business: some of these are hidden behind others, and only those on view count.
 */
export const labelOrder = (q: LabelQuery, boxes: ReadonlyMap<string, Box>): string[] => {
  const drawn = (id: string) => boxes.has(id) && isDrawn(q, id);
  const selected = q.selected !== null && drawn(q.selected) ? q.selected : null;
  const near = selected ? neighboursOf(selected, boxes).filter(drawn) : [];
  if (selected && q.mode !== 'explore') return [selected, ...near];
  const first = selected ? [selected, ...near] : [];
  const taken = new Set(first);
  const rank = (id: string) => categoryRank[getStructure(id)?.category ?? 'cartilage'];
  const rest = structureIds.filter((id) => !taken.has(id) && drawn(id));
  // Array.prototype.sort is stable: within a category, content (list) order stays.
  rest.sort((a, b) => rank(a) - rank(b));
  return [...first, ...rest];
};
