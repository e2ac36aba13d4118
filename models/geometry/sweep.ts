/**
 * Sweep a flattened rounded-rectangle (superellipse) cross-section along a centreline with
 * per-sample width, thickness and thickness direction.
 */
import type { Mesh } from './mesh';
import { ringsToMesh } from './rings';
import { cross, normalize, type Vec3 } from './vec';

export interface SweepInput {
  readonly centre: readonly Vec3[];
  readonly tangents: readonly Vec3[];
  /** thickness direction (unit, ⟂ tangent) */
  readonly normals: readonly Vec3[];
  readonly widths: readonly number[];
  readonly thicknesses: readonly number[];
  /** vertices around the section */
  readonly sides: number;
  /** superellipse exponent: 2 = ellipse, larger = squarer */
  readonly squareness?: number;
}

export const sweep = (s: SweepInput): Mesh => {
  const e = 2 / (s.squareness ?? 3);
  const sec: [number, number][] = [];
  for (let k = 0; k < s.sides; k++) {
    const a = (2 * Math.PI * k) / s.sides;
    const c = Math.cos(a);
    const sn = Math.sin(a);
    sec.push([Math.sign(c) * Math.abs(c) ** e, Math.sign(sn) * Math.abs(sn) ** e]);
  }
  const rings = s.centre.map((c, i) => {
    const n = s.normals[i] ?? [0, 0, 1];
    const b = normalize(cross(s.tangents[i] ?? [0, 1, 0], n));
    const hw = (s.widths[i] ?? 1) / 2;
    const ht = (s.thicknesses[i] ?? 1) / 2;
    return sec.map(
      ([u, v]): Vec3 => [
        c[0] + b[0] * u * hw + n[0] * v * ht,
        c[1] + b[1] * u * hw + n[1] * v * ht,
        c[2] + b[2] * u * hw + n[2] * v * ht,
      ],
    );
  });
  return ringsToMesh(rings);
};
