/**
 * Skin: an open sleeve from CUT.skinBelow to CUT.skinAbove round everything else. Each ring is the
 * convex hull of every other structure's vertices near its height (seen from a fixed axis, so the
 * rings stay star-shaped and the sleeve between two rings still encloses them), pushed outward by
 * the soft tissue's thickness: thin in front (patella, tibial crest), thicker behind.
 */
import { CUT, softTissue } from '../anatomy-neighbours';
import { type Mesh, makeMesh } from '../geometry/mesh';
import { ringsToMesh } from '../geometry/rings';
import type { Vec3 } from '../geometry/vec';

/** Points round each ring; rings this far apart, mm. */
export const SKIN_SIDES = 28;
const RING_STEP = 12.5;
/** The axis the rings are drawn round (x, z), inside every section of the knee. */
const AXIS: readonly [number, number] = [-4, 2];

type P2 = readonly [number, number];

/** Convex hull (Andrew's monotone chain), counter-clockwise. */
const hull = (pts: P2[]): P2[] => {
  const s = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const turn = (o: P2, a: P2, b: P2): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: P2[]): P2[] => {
    const h: P2[] = [];
    for (const p of list) {
      while (h.length >= 2 && turn(h[h.length - 2] ?? p, h[h.length - 1] ?? p, p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(s), ...half([...s].reverse())];
};

/** Distance from AXIS along direction (c, s) to the polygon's boundary (the farthest crossing). */
const reach = (poly: readonly P2[], c: number, s: number): number => {
  let best = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i] ?? [0, 0];
    const b = poly[(i + 1) % poly.length] ?? a;
    const ax = a[0] - AXIS[0];
    const az = a[1] - AXIS[1];
    const ex = b[0] - a[0];
    const ez = b[1] - a[1];
    const den = c * ez - s * ex;
    if (Math.abs(den) < 1e-12) continue;
    const t = (ax * ez - az * ex) / den;
    const u = (ax * s - az * c) / den;
    if (u >= -1e-9 && u <= 1 + 1e-9) best = Math.max(best, t);
  }
  return best;
};

/** Soft tissue outside the outermost structure in direction (c, s) (s > 0 anterior). */
const thickness = (s: number): number =>
  softTissue.side +
  (softTissue.anterior - softTissue.side) * Math.max(0, s) +
  (softTissue.posterior - softTissue.side) * Math.max(0, -s);

export const buildSkin = (others: Iterable<Mesh>): Mesh => {
  const meshes = [...others];
  const levels: number[] = [];
  for (let y = CUT.skinBelow; y <= CUT.skinAbove + 1e-9; y += RING_STEP) levels.push(y);
  const radii = levels.map((y) => {
    const pts: P2[] = [];
    for (const m of meshes) {
      const p = m.positions;
      for (let i = 0; i < p.length; i += 3) {
        const py = p[i + 1] ?? 0;
        if (Math.abs(py - y) <= 1.5 * RING_STEP) pts.push([p[i] ?? 0, p[i + 2] ?? 0]);
      }
    }
    const poly = hull(pts);
    return Array.from({ length: SKIN_SIDES }, (_, k) => {
      const a = (2 * Math.PI * k) / SKIN_SIDES;
      return reach(poly, Math.cos(a), Math.sin(a)) + thickness(Math.sin(a));
    });
  });
  // round off: never inward, so the sleeve still encloses everything
  for (let pass = 0; pass < 2; pass++) {
    for (const r of radii) {
      const copy = [...r];
      for (let k = 0; k < r.length; k++) {
        const mean = ((copy[(k + r.length - 1) % r.length] ?? 0) + (copy[(k + 1) % r.length] ?? 0)) / 2;
        r[k] = Math.max(copy[k] ?? 0, mean);
      }
    }
  }
  const rings = radii.map((r, i) =>
    r.map((d, k): Vec3 => {
      const a = (2 * Math.PI * k) / SKIN_SIDES;
      return [AXIS[0] + d * Math.cos(a), levels[i] ?? 0, AXIS[1] + d * Math.sin(a)];
    }),
  );
  // an open sleeve: keep the rings' side triangles, drop the end caps
  const capped = ringsToMesh(rings);
  const sideVertices = rings.length * SKIN_SIDES;
  const sideIndices = (rings.length - 1) * SKIN_SIDES * 6;
  return makeMesh(capped.positions.slice(0, sideVertices * 3), capped.indices.slice(0, sideIndices));
};
