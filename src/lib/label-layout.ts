/** A point in CSS px. */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle in CSS px (top-left corner and size). */
export interface Box2 {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One label to place: its anchor on the structure and the size of its text box. */
export interface LabelRequest extends Point {
  id: string;
  width: number;
  height: number;
}

/** A placed label: its box, and the leader line from the anchor to the box's edge. */
export interface PlacedLabel {
  id: string;
  box: Box2;
  anchor: Point;
  /** Where the leader meets the box: always on the box's edge. */
  end: Point;
}

export interface LayoutOptions {
  /** Boxes stay inside this rectangle (the canvas, or the part of it no panel covers). */
  bounds: Box2;
  /** Clear space between two boxes, px. */
  gap?: number;
  /** Leader lengths to try, shortest first, px. */
  leaders?: readonly number[];
  /** Place at most this many labels. */
  max?: number;
}

export interface Layout {
  placed: PlacedLabel[];
  /** Labels with no room (or past `max`), in request order. */
  dropped: string[];
}

const ANGLES = Array.from({ length: 12 }, (_, i) => (i * Math.PI) / 6);
const DEFAULT_LEADERS = [28, 52, 84, 124] as const;
/** Margin kept clear around an anchor dot, px. */
const DOT = 7;

const overlaps = (a: Box2, b: Box2, gap: number): boolean =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

const inside = (box: Box2, b: Box2): boolean =>
  box.x >= b.x && box.y >= b.y && box.x + box.width <= b.x + b.width && box.y + box.height <= b.y + b.height;

const containsPoint = (box: Box2, p: Point, pad: number): boolean =>
  p.x > box.x - pad && p.x < box.x + box.width + pad && p.y > box.y - pad && p.y < box.y + box.height + pad;

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Do segments pq and rs cross (touching end to end does not count)? */
const segmentsCross = (p: Point, q: Point, r: Point, s: Point): boolean =>
  cross(p, q, r) * cross(p, q, s) < 0 && cross(r, s, p) * cross(r, s, q) < 0;

/** Does segment pq pass through the box? (Sampled: leaders are short and boxes are tens of px.) */
const segmentHitsBox = (p: Point, q: Point, box: Box2): boolean => {
  for (let t = 0.1; t <= 0.9; t += 0.1) {
    if (containsPoint(box, { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t }, 0)) return true;
  }
  return false;
};

/**
 * The box for a leader ending at `end` in direction `angle`: beside the end for mostly horizontal
 * leaders (text reads on from the line), above or below it for steep ones.
 */
const boxAt = (end: Point, angle: number, width: number, height: number): Box2 => {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  if (Math.abs(c) >= 0.45) {
    return { x: c > 0 ? end.x : end.x - width, y: end.y - height / 2, width, height };
  }
  return { x: end.x - width / 2, y: s > 0 ? end.y : end.y - height, width, height };
};

interface Candidate {
  box: Box2;
  end: Point;
  cost: number;
}

const angleGap = (a: number, b: number): number => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/**
 * Places labels beside their anchors, most important first (the request order): each gets the
 * cheapest spot where its box stays in bounds and overlaps no placed box. Cheap means a short leader
 * pointing away from the middle of all anchors (labels fan out around the knee instead of covering
 * it), mostly sideways, crossing no other leader and covering no other anchor. A label with no such
 * spot (or whose anchor a placed box covers) is dropped, so when it is crowded the least important
 * go first. Pure and deterministic.
 */
export const layoutLabels = (requests: readonly LabelRequest[], options: LayoutOptions): Layout => {
  const { bounds, gap = 6, leaders = DEFAULT_LEADERS, max = Number.POSITIVE_INFINITY } = options;
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const usable = requests.filter((r) => containsPoint(bounds, r, 0));
  const centre = usable.reduce((c, r) => ({ x: c.x + r.x / usable.length, y: c.y + r.y / usable.length }), {
    x: 0,
    y: 0,
  });
  for (const r of requests) {
    // A label whose anchor a more important label's box already covers would point at nothing.
    const covered = placed.some((p) => containsPoint(p.box, r, 2));
    if (placed.length >= max || covered || !containsPoint(bounds, r, 0)) {
      dropped.push(r.id);
      continue;
    }
    const outward =
      Math.hypot(r.x - centre.x, r.y - centre.y) > 1 ? Math.atan2(r.y - centre.y, r.x - centre.x) : 0;
    let best: Candidate | null = null;
    for (const length of leaders) {
      for (const angle of ANGLES) {
        const end = { x: r.x + Math.cos(angle) * length, y: r.y + Math.sin(angle) * length };
        const box = boxAt(end, angle, r.width, r.height);
        if (!inside(box, bounds) || containsPoint(box, r, DOT)) continue;
        if (placed.some((p) => overlaps(box, p.box, gap) || containsPoint(box, p.anchor, DOT))) continue;
        let cost = length + 40 * angleGap(angle, outward) + 25 * Math.abs(Math.sin(angle));
        for (const p of placed) {
          if (segmentsCross(r, end, p.anchor, p.end)) cost += 120;
          if (segmentHitsBox(r, end, p.box)) cost += 200;
        }
        for (const other of requests) {
          if (other !== r && containsPoint(box, other, DOT)) cost += 60;
        }
        if (!best || cost < best.cost) best = { box, end, cost };
      }
    }
    if (best) placed.push({ id: r.id, box: best.box, anchor: { x: r.x, y: r.y }, end: best.end });
    else dropped.push(r.id);
  }
  return { placed, dropped };
};
