/** Measurements on raw vertex arrays (xyz triples), used by tests and the build report. */
import { normalize, type Vec3 } from './vec';

export const centroid = (p: ArrayLike<number>): Vec3 => {
  const n = p.length / 3;
  const c: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < p.length; i += 3) {
    c[0] += (p[i] ?? 0) / n;
    c[1] += (p[i + 1] ?? 0) / n;
    c[2] += (p[i + 2] ?? 0) / n;
  }
  return c;
};

/** max − min of the projection of every vertex on `axis` (unit). */
export const extentAlong = (p: ArrayLike<number>, axis: Vec3): number => {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.length; i += 3) {
    const d = (p[i] ?? 0) * axis[0] + (p[i + 1] ?? 0) * axis[1] + (p[i + 2] ?? 0) * axis[2];
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  return hi - lo;
};

/** Principal axis of the vertex cloud (largest covariance eigenvector, by power iteration). */
export const principalAxis = (p: ArrayLike<number>): Vec3 => {
  const c = centroid(p);
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < p.length; i += 3) {
    const d = [(p[i] ?? 0) - c[0], (p[i + 1] ?? 0) - c[1], (p[i + 2] ?? 0) - c[2]];
    for (let r = 0; r < 3; r++)
      for (let k = 0; k < 3; k++) m[r * 3 + k] = (m[r * 3 + k] ?? 0) + (d[r] ?? 0) * (d[k] ?? 0);
  }
  let v: Vec3 = normalize([1, 1.3, 0.7]);
  for (let it = 0; it < 100; it++) {
    const row = (r: number): number =>
      (m[r * 3] ?? 0) * v[0] + (m[r * 3 + 1] ?? 0) * v[1] + (m[r * 3 + 2] ?? 0) * v[2];
    v = normalize([row(0), row(1), row(2)]);
  }
  return v;
};

/** Band length: extent of the vertices along their principal axis. */
export const principalExtent = (p: ArrayLike<number>): number => extentAlong(p, principalAxis(p));

/** Keep the vertices for which `keep(x, y, z)` holds. */
export const filterVertices = (
  p: ArrayLike<number>,
  keep: (x: number, y: number, z: number) => boolean,
): number[] => {
  const out: number[] = [];
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0;
    const y = p[i + 1] ?? 0;
    const z = p[i + 2] ?? 0;
    if (keep(x, y, z)) out.push(x, y, z);
  }
  return out;
};
