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
