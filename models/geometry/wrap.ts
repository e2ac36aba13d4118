/**
 * Wrapping: push each centreline sample outward along the SDF gradient until it is at least
 * `target(s)` from the surface, smoothing in between, so bands drape over bone instead of cutting it.
 */
import { gradient, type Sdf } from './sdf';
import { add, lerp, normalize, reject, scale, sub, type Vec3 } from './vec';

export const pushOut = (sdf: Sdf, p: Vec3, target: number): Vec3 => {
  let q = p;
  for (let k = 0; k < 12; k++) {
    const d = sdf(q);
    if (d >= target - 0.02) break;
    q = add(q, scale(gradient(sdf, q), target - d));
  }
  return q;
};

/** Returns a wrapped copy; the first and last samples are pushed but never smoothed. */
export const wrapCurve = (
  sdf: Sdf,
  pts: readonly Vec3[],
  target: (s: number) => number,
  passes = 10,
): Vec3[] => {
  const n = pts.length;
  const smooth = (c: readonly Vec3[]): Vec3[] =>
    c.map((p, i) => {
      const a = c[i - 1];
      const b = c[i + 1];
      return a && b ? lerp(p, lerp(a, b, 0.5), 0.5) : p;
    });
  let cur = pts.map((p, i) => pushOut(sdf, p, target(i / (n - 1))));
  for (let pass = 0; pass < passes; pass++) {
    cur = smooth(cur).map((p, i) => pushOut(sdf, p, target(i / (n - 1))));
  }
  // a last relaxation without pushing irons out kinks; the clearance absorbs the small sag
  return smooth(smooth(cur));
};

/** Unit tangents by central differences. */
export const tangents = (pts: readonly Vec3[]): Vec3[] =>
  pts.map((p, i) => {
    const a = pts[Math.max(0, i - 1)] ?? p;
    const b = pts[Math.min(pts.length - 1, i + 1)] ?? p;
    return normalize(sub(b, a));
  });

/**
 * Thickness directions: the bone normal (or a fixed hint) made orthogonal to the tangent, then
 * smoothed along the curve so the band does not twist.
 */
export const bandNormals = (sdf: Sdf, pts: readonly Vec3[], tan: readonly Vec3[], hint?: Vec3): Vec3[] => {
  let ns = pts.map((p, i) => {
    const t = tan[i] ?? [0, 1, 0];
    return normalize(reject(hint ?? gradient(sdf, p, 0.5), t));
  });
  for (let pass = 0; pass < 12; pass++) {
    ns = ns.map((v, i) => {
      const t = tan[i] ?? [0, 1, 0];
      const a = ns[i - 1] ?? v;
      const b = ns[i + 1] ?? v;
      return normalize(reject(add(add(v, v), add(a, b)), t));
    });
  }
  return ns;
};
