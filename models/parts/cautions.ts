/**
 * Caution zones: for each injection site, the nerves and vessels within CAUTION_RADIUS of its
 * needle path. The path starts 2 mm inside the anchor (position − 2·normal) and runs out along the
 * normal to where that ray leaves the skin (NEEDLE_FALLBACK without a hit). Distances are from the
 * path to each structure's surface (0 when it crosses), measured on the meshes given: the build
 * measures the glb's own decoded meshes, so a test can repeat the measurement exactly.
 */
import { closestOnTriangle, rayHit, type TriangleSoup } from '../geometry/raycast';
import { add, cross, dot, scale, sub, type Vec3 } from '../geometry/vec';

export const CAUTION_RADIUS = 20;
export const NEEDLE_FALLBACK = 40;
/** The needle starts this far inside the anchor, mm. */
export const NEEDLE_DEPTH = 2;

export interface Caution {
  readonly id: string;
  readonly distanceMm: number;
}

export interface NeedleSite {
  readonly id: string;
  readonly position: Vec3;
  readonly normal: Vec3;
}

export interface MeasuredStructure extends TriangleSoup {
  readonly category: string;
}

/** Closest distance between segments p0p1 and q0q1 (Ericson, RTCD §5.1.9). */
const segmentSegment = (p0: Vec3, p1: Vec3, q0: Vec3, q1: Vec3): number => {
  const d1 = sub(p1, p0);
  const d2 = sub(q1, q0);
  const r = sub(p0, q0);
  const a = dot(d1, d1);
  const e = dot(d2, d2);
  const f = dot(d2, r);
  const c = dot(d1, r);
  const b = dot(d1, d2);
  const den = a * e - b * b;
  let s = den > 1e-12 ? Math.min(1, Math.max(0, (b * f - c * e) / den)) : 0;
  let t = e > 1e-12 ? (b * s + f) / e : 0;
  if (t < 0) {
    t = 0;
    s = a > 1e-12 ? Math.min(1, Math.max(0, -c / a)) : 0;
  } else if (t > 1) {
    t = 1;
    s = a > 1e-12 ? Math.min(1, Math.max(0, (b - c) / a)) : 0;
  }
  const x = sub(add(p0, scale(d1, s)), add(q0, scale(d2, t)));
  return Math.hypot(x[0], x[1], x[2]);
};

/** Does segment p0p1 cross triangle abc? */
const crosses = (p0: Vec3, p1: Vec3, a: Vec3, b: Vec3, c: Vec3): boolean => {
  const d = sub(p1, p0);
  const e1 = sub(b, a);
  const e2 = sub(c, a);
  const p = cross(d, e2);
  const det = dot(e1, p);
  if (Math.abs(det) < 1e-12) return false;
  const s = sub(p0, a);
  const u = dot(s, p) / det;
  if (u < 0 || u > 1) return false;
  const q = cross(s, e1);
  const v = dot(d, q) / det;
  if (v < 0 || u + v > 1) return false;
  const t = dot(e2, q) / det;
  return t >= 0 && t <= 1;
};

const point = (m: TriangleSoup, i: number): Vec3 => {
  const k = (m.indices[i] ?? 0) * 3;
  return [m.positions[k] ?? 0, m.positions[k + 1] ?? 0, m.positions[k + 2] ?? 0];
};

/** Minimum distance from segment p0p1 to a triangle mesh's surface (0 when it crosses it). */
export const segmentMeshDistance = (p0: Vec3, p1: Vec3, m: TriangleSoup): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = point(m, t);
    const b = point(m, t + 1);
    const c = point(m, t + 2);
    if (crosses(p0, p1, a, b, c)) return 0;
    for (const q of [p0, p1]) {
      const x = sub(q, closestOnTriangle(q, a, b, c));
      best = Math.min(best, Math.hypot(x[0], x[1], x[2]));
    }
    best = Math.min(
      best,
      segmentSegment(p0, p1, a, b),
      segmentSegment(p0, p1, b, c),
      segmentSegment(p0, p1, c, a),
    );
  }
  return best;
};

/** The needle path of a site: from NEEDLE_DEPTH inside the anchor out to the skin. */
export const needlePath = (site: NeedleSite, skin: TriangleSoup | undefined): [Vec3, Vec3] => {
  const start = sub(site.position, scale(site.normal, NEEDLE_DEPTH));
  const hit = skin ? rayHit(skin, start, site.normal) : undefined;
  return [start, add(start, scale(site.normal, hit?.distance ?? NEEDLE_FALLBACK))];
};

/** Every nerve and vessel within CAUTION_RADIUS of each site's needle path, nearest first. */
export const measureCautions = (
  sites: readonly NeedleSite[],
  structures: ReadonlyMap<string, MeasuredStructure>,
): Map<string, Caution[]> => {
  const skin = structures.get('skin');
  const out = new Map<string, Caution[]>();
  for (const site of sites) {
    const [p0, p1] = needlePath(site, skin);
    const list: Caution[] = [];
    for (const [id, s] of structures) {
      if (s.category !== 'nerve' && s.category !== 'vessel') continue;
      const d = Math.round(segmentMeshDistance(p0, p1, s) * 10) / 10;
      if (d <= CAUTION_RADIUS) list.push({ id, distanceMm: d });
    }
    list.sort((a, b) => a.distanceMm - b.distanceMm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.set(site.id, list);
  }
  return out;
};
