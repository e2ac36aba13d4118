/** Any-hit ray query on a Bvh: "does this ray meet a triangle before tmax?" (all occlusion needs). */
import type { Bvh } from './bvh';

const stack = new Uint32Array(128);

/** Does the ray o + t·d meet a triangle for some t in (tmin, tmax)? */
export const occluded = (
  bvh: Bvh,
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
  tmin: number,
  tmax: number,
): boolean => {
  const { bounds, first, count, tris } = bvh;
  const ix = 1 / (dx === 0 ? 1e-30 : dx);
  const iy = 1 / (dy === 0 ? 1e-30 : dy);
  const iz = 1 / (dz === 0 ? 1e-30 : dz);
  let sp = 0;
  let node = 0;
  for (;;) {
    const b = node * 6;
    let t0 = ((bounds[b] ?? 0) - ox) * ix;
    let t1 = ((bounds[b + 3] ?? 0) - ox) * ix;
    let near = Math.min(t0, t1);
    let far = Math.max(t0, t1);
    t0 = ((bounds[b + 1] ?? 0) - oy) * iy;
    t1 = ((bounds[b + 4] ?? 0) - oy) * iy;
    near = Math.max(near, Math.min(t0, t1));
    far = Math.min(far, Math.max(t0, t1));
    t0 = ((bounds[b + 2] ?? 0) - oz) * iz;
    t1 = ((bounds[b + 5] ?? 0) - oz) * iz;
    near = Math.max(near, Math.min(t0, t1));
    far = Math.min(far, Math.max(t0, t1));
    if (near <= far && far >= tmin && near <= tmax) {
      const n = count[node] ?? 0;
      if (n === 0) {
        stack[sp++] = first[node] ?? 0;
        node++;
        continue;
      }
      for (let k = first[node] ?? 0, last = k + n; k < last; k++) {
        const q = k * 9;
        const e1x = tris[q + 3] ?? 0;
        const e1y = tris[q + 4] ?? 0;
        const e1z = tris[q + 5] ?? 0;
        const e2x = tris[q + 6] ?? 0;
        const e2y = tris[q + 7] ?? 0;
        const e2z = tris[q + 8] ?? 0;
        const px = dy * e2z - dz * e2y;
        const py = dz * e2x - dx * e2z;
        const pz = dx * e2y - dy * e2x;
        const det = e1x * px + e1y * py + e1z * pz;
        if (det > -1e-12 && det < 1e-12) continue;
        const inv = 1 / det;
        const sx = ox - (tris[q] ?? 0);
        const sy = oy - (tris[q + 1] ?? 0);
        const sz = oz - (tris[q + 2] ?? 0);
        const u = (sx * px + sy * py + sz * pz) * inv;
        if (u < 0 || u > 1) continue;
        const qx = sy * e1z - sz * e1y;
        const qy = sz * e1x - sx * e1z;
        const qz = sx * e1y - sy * e1x;
        const v = (dx * qx + dy * qy + dz * qz) * inv;
        if (v < 0 || u + v > 1) continue;
        const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
        if (t > tmin && t < tmax) return true;
      }
    }
    if (sp === 0) return false;
    node = stack[--sp] ?? 0;
  }
};
