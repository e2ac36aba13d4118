/** Stitch a sequence of equal-size vertex rings into a closed tube, capping both ends with fans. */
import { type Mesh, makeMesh } from './mesh';
import type { Vec3 } from './vec';

export const signedVolume = (p: Float32Array, idx: Uint32Array): number => {
  let v = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [(idx[t] ?? 0) * 3, (idx[t + 1] ?? 0) * 3, (idx[t + 2] ?? 0) * 3];
    const [ax, ay, az] = [p[a] ?? 0, p[a + 1] ?? 0, p[a + 2] ?? 0];
    const [bx, by, bz] = [p[b] ?? 0, p[b + 1] ?? 0, p[b + 2] ?? 0];
    const [cx, cy, cz] = [p[c] ?? 0, p[c + 1] ?? 0, p[c + 2] ?? 0];
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
};

export const ringsToMesh = (rings: readonly (readonly Vec3[])[]): Mesh => {
  const m = rings[0]?.length ?? 0;
  const pos: number[] = [];
  const idx: number[] = [];
  for (const r of rings) for (const p of r) pos.push(p[0], p[1], p[2]);
  for (let i = 0; i < rings.length - 1; i++) {
    for (let k = 0; k < m; k++) {
      const a = i * m + k;
      const b = i * m + ((k + 1) % m);
      idx.push(a, b, b + m, a, b + m, a + m);
    }
  }
  // caps: duplicated ring vertices so the ends shade flat; fan from the ring centroid
  for (const [ri, flip] of [
    [0, true],
    [rings.length - 1, false],
  ] as const) {
    const ring = rings[ri] ?? [];
    const base = pos.length / 3;
    const c: [number, number, number] = [0, 0, 0];
    for (const p of ring) {
      pos.push(p[0], p[1], p[2]);
      c[0] += p[0] / m;
      c[1] += p[1] / m;
      c[2] += p[2] / m;
    }
    pos.push(c[0], c[1], c[2]);
    for (let k = 0; k < m; k++) {
      const a = base + k;
      const b = base + ((k + 1) % m);
      if (flip) idx.push(base + m, b, a);
      else idx.push(base + m, a, b);
    }
  }
  const positions = new Float32Array(pos);
  const indices = new Uint32Array(idx);
  if (signedVolume(positions, indices) < 0) {
    for (let t = 0; t < indices.length; t += 3) {
      const tmp = indices[t + 1] ?? 0;
      indices[t + 1] = indices[t + 2] ?? 0;
      indices[t + 2] = tmp;
    }
  }
  return { ...makeMesh(positions, indices), ringSize: m };
};
