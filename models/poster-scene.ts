/**
 * The knee as the poster rasteriser sees it: every structure of knee.glb as world-space triangles
 * with its tissue colour, read back from the written file (so the poster is drawn from the glb the
 * app loads, not from the generator's intermediate meshes).
 */
import { type Accessor, type Node, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { defaultLayers, isCategory } from '../src/content/schema';

/** One primitive, in metres, world space (glTF: +Y up, +Z anterior). */
export interface PosterMesh {
  name: string;
  positions: Float32Array;
  normals: Float32Array;
  /** Ambient access 0 (closed in) … 1 (open), per vertex. */
  ao: Float32Array;
  indices: Uint32Array;
  /** Linear RGB base colour and alpha, from the glTF material (the palette). */
  color: [number, number, number];
  opacity: number;
  doubleSided: boolean;
}

/** The steps knee.glb stores ambient access in (`_AO`, see models/knee.ts and structure-material.ts). */
const AO_LEVELS = 31;

const floats = (accessor: Accessor | null, size: number, count: number): Float32Array => {
  const out = new Float32Array(count * size);
  if (!accessor) return out.fill(1);
  const el: number[] = [];
  for (let i = 0; i < count; i++) {
    accessor.getElement(i, el);
    for (let k = 0; k < size; k++) out[i * size + k] = el[k] ?? 0;
  }
  return out;
};

/** Node translation and uniform-or-not scale only: the generator writes no rotations (checked). */
const worldOf = (node: Node): { t: number[]; s: number[] } => {
  const [qx, qy, qz] = node.getRotation();
  if (qx !== 0 || qy !== 0 || qz !== 0) throw new Error(`${node.getName()}: rotated nodes are not supported`);
  const parent = node.getParentNode();
  const own = { t: node.getTranslation(), s: node.getScale() };
  if (!parent) return own;
  const up = worldOf(parent);
  return {
    t: [0, 1, 2].map((a) => (up.t[a] ?? 0) + (up.s[a] ?? 1) * (own.t[a] ?? 0)),
    s: [0, 1, 2].map((a) => (up.s[a] ?? 1) * (own.s[a] ?? 1)),
  };
};

/** Is this node drawn in the app's first frame (its category's layer on by default)? */
const drawnFirst = (node: Node): boolean => {
  const { category } = node.getExtras() as { category?: unknown };
  return !isCategory(category) || defaultLayers[category];
};

/**
 * Reads every mesh of a glb (meshopt-compressed, quantized) whose layer the app shows when it opens
 * (`defaultLayers`: the neighbours, muscle … skin, start hidden) into world-space triangles.
 */
export const readPosterMeshes = async (glb: Uint8Array): Promise<PosterMesh[]> => {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(glb);
  const meshes: PosterMesh[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh || !drawnFirst(node)) continue;
    const { t, s } = worldOf(node);
    for (const prim of mesh.listPrimitives()) {
      const position = prim.getAttribute('POSITION');
      if (!position) continue;
      const n = position.getCount();
      const positions = floats(position, 3, n);
      for (let i = 0; i < positions.length; i++) {
        positions[i] = (t[i % 3] ?? 0) + (s[i % 3] ?? 1) * (positions[i] ?? 0);
      }
      const normals = floats(prim.getAttribute('NORMAL'), 3, n);
      const ao = floats(prim.getAttribute('_AO'), 1, n).map((a) => Math.min(1, a / AO_LEVELS));
      const index = prim.getIndices();
      const indices = index
        ? Uint32Array.from(index.getArray() ?? [])
        : Uint32Array.from({ length: n }, (_, i) => i);
      const material = prim.getMaterial();
      const [r = 1, g = 1, b = 1, a = 1] = material?.getBaseColorFactor() ?? [];
      meshes.push({
        name: node.getName(),
        positions,
        normals,
        ao,
        indices,
        color: [r, g, b],
        opacity: material?.getAlphaMode() === 'BLEND' ? a : 1,
        doubleSided: material?.getDoubleSided() ?? false,
      });
    }
  }
  return meshes;
};

/**
 * What the app's first frame frames (scene/framing.ts `sphereOf(root, [])`): the bounding sphere of
 * the union of every structure's axis-aligned box, unpadded.
 */
export const kneeSphere = (meshes: readonly PosterMesh[]): { centre: number[]; radius: number } => {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const m of meshes) {
    for (let i = 0; i < m.positions.length; i++) {
      const v = m.positions[i] ?? 0;
      const a = i % 3;
      lo[a] = Math.min(lo[a] ?? v, v);
      hi[a] = Math.max(hi[a] ?? v, v);
    }
  }
  const centre = [0, 1, 2].map((a) => ((lo[a] ?? 0) + (hi[a] ?? 0)) / 2);
  const radius = Math.hypot(...[0, 1, 2].map((a) => ((hi[a] ?? 0) - (lo[a] ?? 0)) / 2));
  return { centre, radius };
};
