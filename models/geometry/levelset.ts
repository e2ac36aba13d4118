/**
 * Meshing wrapper: manifold-3d's level set (marching tetrahedra on a BCC grid) followed by
 * meshoptimizer simplification to a triangle budget, then smooth normals.
 */

import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import { type Mesh, makeMesh } from './mesh';
import type { Sdf } from './sdf';
import type { Vec3 } from './vec';

type ManifoldApi = Awaited<ReturnType<typeof Module>>;
let api: Promise<ManifoldApi> | undefined;

const manifold = (): Promise<ManifoldApi> => {
  api ??= Module().then((m) => {
    m.setup();
    return m;
  });
  return api;
};

export interface Bounds {
  readonly min: Vec3;
  readonly max: Vec3;
}

/**
 * Narrow band: sample `sdf` on a coarse grid (cell `cell` mm) and, in cells whose corners are all
 * at least `band` mm from the surface, return the nearest corner's value instead of evaluating
 * (same sign, since the cell is far from the surface); only cells near the surface pay full price.
 */
export const narrowBand = (sdf: Sdf, bounds: Bounds, cell = 2, band = 8): { sdf: Sdf; tight: Bounds } => {
  const n = [0, 1, 2].map((a) => Math.ceil(((bounds.max[a] ?? 0) - (bounds.min[a] ?? 0)) / cell) + 2);
  const [nx = 0, ny = 0, nz = 0] = n;
  const o = bounds.min.map((v) => v - cell / 2);
  const val = new Float64Array(nx * ny * nz);
  for (let i = 0; i < nx; i++)
    for (let j = 0; j < ny; j++)
      for (let k = 0; k < nz; k++)
        val[(i * ny + j) * nz + k] = sdf([
          (o[0] ?? 0) + i * cell,
          (o[1] ?? 0) + j * cell,
          (o[2] ?? 0) + k * cell,
        ]);
  const far = new Uint8Array(nx * ny * nz);
  for (let i = 0; i + 1 < nx; i++)
    for (let j = 0; j + 1 < ny; j++)
      for (let k = 0; k + 1 < nz; k++) {
        let ok = 1;
        for (let c = 0; c < 8 && ok; c++) {
          const v = val[((i + (c & 1)) * ny + j + ((c >> 1) & 1)) * nz + k + (c >> 2)] ?? 0;
          if (Math.abs(v) < band) ok = 0;
        }
        far[(i * ny + j) * nz + k] = ok;
      }
  // tight bounds: the inside samples plus a margin of two cells, clipped to `bounds`
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let q = 0; q < val.length; q++) {
    if ((val[q] ?? 1) >= 0) continue;
    const ijk = [Math.floor(q / (ny * nz)), Math.floor(q / nz) % ny, q % nz];
    for (let a = 0; a < 3; a++) {
      const v = (o[a] ?? 0) + (ijk[a] ?? 0) * cell;
      lo[a] = Math.min(lo[a] ?? 0, v);
      hi[a] = Math.max(hi[a] ?? 0, v);
    }
  }
  const clip = (v: number[], a: number, d: number): number =>
    Math.min(bounds.max[a] ?? 0, Math.max(bounds.min[a] ?? 0, (v[a] ?? 0) + d));
  const tight: Bounds = {
    min: [clip(lo, 0, -2 * cell), clip(lo, 1, -2 * cell), clip(lo, 2, -2 * cell)],
    max: [clip(hi, 0, 2 * cell), clip(hi, 1, 2 * cell), clip(hi, 2, 2 * cell)],
  };
  const fast: Sdf = (p) => {
    const f = [0, 1, 2].map((a) => ((p[a] ?? 0) - (o[a] ?? 0)) / cell);
    const [i = 0, j = 0, k = 0] = f.map((v, a) => Math.min((n[a] ?? 2) - 2, Math.max(0, Math.floor(v))));
    if (!far[(i * ny + j) * nz + k]) return sdf(p);
    const [ri = 0, rj = 0, rk = 0] = f.map((v) => Math.round(v));
    return val[(Math.min(ri, nx - 1) * ny + Math.min(rj, ny - 1)) * nz + Math.min(rk, nz - 1)] ?? 1;
  };
  return { sdf: fast, tight };
};

/** meshSdf on the narrow band of `sdf`, within the tight bounds of its inside. */
export const meshSdfBanded = (
  sdf: Sdf,
  bounds: Bounds,
  edgeLength: number,
  maxTriangles: number,
  cell = 1.5,
  band = 5,
): Promise<Mesh> => {
  const nb = narrowBand(sdf, bounds, cell, band);
  return meshSdf(nb.sdf, nb.tight, edgeLength, maxTriangles);
};

/** Mesh the region where `sdf` < 0 inside `bounds`, then simplify to at most `maxTriangles`. */
export const meshSdf = async (
  sdf: Sdf,
  bounds: Bounds,
  edgeLength: number,
  maxTriangles: number,
): Promise<Mesh> => {
  const { Manifold } = await manifold();
  // manifold's convention is positive inside; ours is negative inside.
  const solid = Manifold.levelSet((p) => -sdf(p), { min: [...bounds.min], max: [...bounds.max] }, edgeLength);
  const raw = solid.getMesh();
  solid.delete();
  const stride = raw.numProp;
  const count = raw.vertProperties.length / stride;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = raw.vertProperties[i * stride] ?? 0;
    positions[i * 3 + 1] = raw.vertProperties[i * stride + 1] ?? 0;
    positions[i * 3 + 2] = raw.vertProperties[i * stride + 2] ?? 0;
  }
  return simplifyMesh(positions, new Uint32Array(raw.triVerts), maxTriangles);
};

/** Simplify an indexed mesh to a triangle budget and drop unused vertices. */
export const simplifyMesh = async (
  positions: Float32Array,
  indices: Uint32Array,
  maxTriangles: number,
): Promise<Mesh> => {
  await MeshoptSimplifier.ready;
  let idx = indices;
  if (indices.length / 3 > maxTriangles) {
    [idx] = MeshoptSimplifier.simplify(indices, positions, 3, maxTriangles * 3, 0.4, ['ErrorAbsolute']);
  }
  const compact = idx.slice();
  const [remap, unique] = MeshoptSimplifier.compactMesh(compact);
  const out = new Float32Array(unique * 3);
  for (let i = 0; i < remap.length; i++) {
    const r = remap[i] ?? 0xffffffff;
    if (r === 0xffffffff) continue;
    out[r * 3] = positions[i * 3] ?? 0;
    out[r * 3 + 1] = positions[i * 3 + 1] ?? 0;
    out[r * 3 + 2] = positions[i * 3 + 2] ?? 0;
  }
  return makeMesh(out, compact);
};
