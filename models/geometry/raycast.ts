/**
 * Point queries on indexed triangle meshes (brute force; meshes here are ≤ ~30k triangles):
 * nearest ray hit (Möller–Trumbore) and closest point on the surface (Ericson, RTCD §5.1.5).
 */
import { add, cross, dot, normalize, scale, sub, type Vec3 } from './vec';

export interface TriangleSoup {
  readonly positions: ArrayLike<number>;
  readonly indices: ArrayLike<number>;
}

export interface SurfacePoint {
  readonly point: Vec3;
  /** geometric normal of the triangle (winding order; outward for our closed meshes) */
  readonly faceNormal: Vec3;
  readonly distance: number;
}

const vertex = (m: TriangleSoup, i: number): Vec3 => {
  const k = (m.indices[i] ?? 0) * 3;
  return [m.positions[k] ?? 0, m.positions[k + 1] ?? 0, m.positions[k + 2] ?? 0];
};

const triangle = (m: TriangleSoup, t: number): [Vec3, Vec3, Vec3] => [
  vertex(m, t * 3),
  vertex(m, t * 3 + 1),
  vertex(m, t * 3 + 2),
];

const faceNormal = (a: Vec3, b: Vec3, c: Vec3): Vec3 => normalize(cross(sub(b, a), sub(c, a)));

/** First hit of the ray origin + t·dir (t > 0) with the mesh, or undefined. */
export const rayHit = (m: TriangleSoup, origin: Vec3, dir: Vec3): SurfacePoint | undefined => {
  let best: SurfacePoint | undefined;
  const count = m.indices.length / 3;
  for (let t = 0; t < count; t++) {
    const [a, b, c] = triangle(m, t);
    const e1 = sub(b, a);
    const e2 = sub(c, a);
    const p = cross(dir, e2);
    const det = dot(e1, p);
    if (Math.abs(det) < 1e-12) continue;
    const s = sub(origin, a);
    const u = dot(s, p) / det;
    if (u < 0 || u > 1) continue;
    const q = cross(s, e1);
    const v = dot(dir, q) / det;
    if (v < 0 || u + v > 1) continue;
    const d = dot(e2, q) / det;
    if (d <= 0 || (best && d >= best.distance)) continue;
    best = { point: add(origin, scale(dir, d)), faceNormal: faceNormal(a, b, c), distance: d };
  }
  return best;
};

/** Closest point on triangle abc to p. */
export const closestOnTriangle = (p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 => {
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return add(a, scale(ab, d1 / (d1 - d3)));
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return add(a, scale(ac, d2 / (d2 - d6)));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    return add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))));
  }
  const denom = 1 / (va + vb + vc);
  return add(a, add(scale(ab, vb * denom), scale(ac, vc * denom)));
};

/** Closest point on the mesh surface to p. */
export const closestPoint = (m: TriangleSoup, p: Vec3): SurfacePoint => {
  let best: SurfacePoint = { point: p, faceNormal: [0, 1, 0], distance: Number.POSITIVE_INFINITY };
  const count = m.indices.length / 3;
  for (let t = 0; t < count; t++) {
    const [a, b, c] = triangle(m, t);
    const q = closestOnTriangle(p, a, b, c);
    const d = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (d < best.distance) best = { point: q, faceNormal: faceNormal(a, b, c), distance: d };
  }
  return best;
};

/** Area-weighted mean face normal of the triangles with a vertex within `radius` of p. */
export const localNormal = (m: TriangleSoup, p: Vec3, radius: number): Vec3 => {
  let sum: Vec3 = [0, 0, 0];
  const count = m.indices.length / 3;
  for (let t = 0; t < count; t++) {
    const [a, b, c] = triangle(m, t);
    const centre = scale(add(add(a, b), c), 1 / 3);
    const d = Math.hypot(centre[0] - p[0], centre[1] - p[1], centre[2] - p[2]);
    if (d > radius) continue;
    const w = 1 - d / radius;
    sum = add(sum, scale(cross(sub(b, a), sub(c, a)), w));
  }
  return normalize(sum);
};
