/** A rectangle in CSS px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const area = (b: Box): number => Math.max(0, b.width) * Math.max(0, b.height);

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The four ways to keep clear of one panel: everything left, right, above or below it. */
const cuts = (free: Box, p: Box): Box[] => {
  const right = free.x + free.width;
  const bottom = free.y + free.height;
  return [
    { ...free, width: p.x - free.x },
    { ...free, x: p.x + p.width, width: right - (p.x + p.width) },
    { ...free, height: p.y - free.y },
    { ...free, y: p.y + p.height, height: bottom - (p.y + p.height) },
  ];
};

/**
 * The largest rectangle of the canvas that no panel covers, found by cutting away each overlapping
 * panel on the side that keeps the most room (panels hug an edge, so one cut each is exact; a panel
 * floating in the middle loses the smaller side). Greedy, biggest panel first; empty boxes are 0×0.
 */
export const unobstructedBox = (canvas: Box, panels: readonly Box[]): Box => {
  let free = { ...canvas };
  const byArea = [...panels].filter((p) => area(p) > 0).sort((a, b) => area(b) - area(a));
  for (const p of byArea) {
    if (!overlaps(free, p)) continue;
    free = cuts(free, p).reduce((best, c) => (area(c) > area(best) ? c : best));
  }
  return { x: free.x, y: free.y, width: Math.max(0, free.width), height: Math.max(0, free.height) };
};
