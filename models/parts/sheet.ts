/**
 * Thin sheets (retinacula, MPFL): a patch lofted between two edge curves, pushed out of the bones to
 * a clearance that varies across the sheet, relaxed so it follows the surface, then given a small
 * uniform thickness along the patch normal (a closed slab with clean straight-cut edges).
 */
import { catmullRom, profile, resample } from '../geometry/curve';
import type { Mesh } from '../geometry/mesh';
import { ringsToMesh } from '../geometry/rings';
import { gradient, type Sdf } from '../geometry/sdf';
import { add, cross, dot, lerp, normalize, scale, sub, type Vec3 } from '../geometry/vec';
import { pushOut } from '../geometry/wrap';

export interface SheetSpec {
  readonly id: string;
  /** first edge (e.g. on the patella), proximal → distal, mm */
  readonly a: readonly Vec3[];
  /** opposite edge, same direction, mm */
  readonly b: readonly Vec3[];
  /** clearance from the bones across the sheet, a → b (evenly spaced profile), mm */
  readonly clearance: readonly number[];
  readonly thickness: number;
  /** samples along the edges and across the sheet */
  readonly rows?: number;
  readonly cols?: number;
}

type Grid = Vec3[][];

const at = (g: Grid, i: number, j: number): Vec3 => g[i]?.[j] ?? [0, 0, 0];

/** Mid-surface of the sheet: rows along the edges, columns from a to b. */
export const sheetSurface = (spec: SheetSpec, bone: Sdf): Grid => {
  const rows = spec.rows ?? 14;
  const cols = spec.cols ?? 10;
  const a = resample(catmullRom(spec.a, 16), rows);
  const b = resample(catmullRom(spec.b, 16), rows);
  const target = (j: number): number => profile(spec.clearance, j / (cols - 1)) + spec.thickness / 2;
  let g: Grid = a.map((pa, i) =>
    Array.from({ length: cols }, (_, j) => pushOut(bone, lerp(pa, b[i] ?? pa, j / (cols - 1)), target(j))),
  );
  for (let pass = 0; pass < 8; pass++) {
    g = g.map((row, i) =>
      row.map((p, j) => {
        const inner = i > 0 && i < rows - 1 && j > 0 && j < cols - 1;
        const q = inner
          ? lerp(
              p,
              scale(add(add(at(g, i - 1, j), at(g, i + 1, j)), add(at(g, i, j - 1), at(g, i, j + 1))), 0.25),
              0.5,
            )
          : p;
        return pushOut(bone, q, target(j));
      }),
    );
  }
  return g;
};

export const buildSheet = (spec: SheetSpec, bone: Sdf): Mesh => {
  const g = sheetSurface(spec, bone);
  const rows = g.length;
  const cols = g[0]?.length ?? 0;
  const ht = spec.thickness / 2;
  const rings = g.map((row, i) => {
    const normals = row.map((p, j) => {
      const du = sub(at(g, i, Math.min(cols - 1, j + 1)), at(g, i, Math.max(0, j - 1)));
      const dv = sub(at(g, Math.min(rows - 1, i + 1), j), at(g, Math.max(0, i - 1), j));
      const n = normalize(cross(du, dv));
      return dot(n, gradient(bone, p, 0.5)) < 0 ? scale(n, -1) : n;
    });
    const top = row.map((p, j) => add(p, scale(normals[j] ?? [0, 0, 1], ht)));
    const bottom = row.map((p, j) => sub(p, scale(normals[j] ?? [0, 0, 1], ht)));
    return [...top, ...bottom.reverse()];
  });
  return ringsToMesh(rings);
};
