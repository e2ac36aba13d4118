import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export interface GlbFigures {
  bytes: number;
  triangles: number;
  drawCalls: number;
  meshes: number;
}

/** Size, triangles and draw calls (one per primitive) of a glb as the app loads it. */
export const glbFigures = async (path: string): Promise<GlbFigures> => {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  const doc = await io.readBinary(new Uint8Array(bytes));
  let triangles = 0;
  let drawCalls = 0;
  const meshes = doc.getRoot().listMeshes();
  for (const mesh of meshes) {
    for (const prim of mesh.listPrimitives()) {
      drawCalls++;
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
      triangles += count / 3;
    }
  }
  return { bytes: bytes.length, triangles, drawCalls, meshes: meshes.length };
};
