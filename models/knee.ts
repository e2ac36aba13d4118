/**
 * buildKnee(): meshes every structure (mm, the reference tessellation), places the site anchors on
 * those meshes, fits each to its screen budget (budget.ts), bakes per-vertex ambient occlusion
 * (`_AO`), assembles one glTF node + mesh per structure id (metres, category materials,
 * extras.category), compresses (compress.ts) and checks the budget.
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { palette } from '../src/content/palette';
import type { Category, StructureId } from '../src/content/schema';
import { structures } from '../src/content/structures';
import { budgetProblems, budgetRows, fitToScreen, GRID_PX } from './budget';
import { compress } from './compress';
import type { Mesh } from './geometry/mesh';
import { OCCLUSION_DEFAULTS, type OcclusionOptions } from './geometry/occlusion';
import { buildStructureMeshes } from './parts/all';
import { measureCautions, type NeedleSite } from './parts/cautions';
import { bakeOcclusion } from './parts/occlusion';
import { placeSites, type SiteAnchor } from './parts/sites';

export interface Options {
  /** Rough total triangle count of the reference tessellation (before fitting to the screen budget). */
  readonly triangleBudget: number;
  /** Level-set grid edge length for bones, mm (smaller = finer, slower). */
  readonly boneEdge: number;
  /** Fit to the screen budget, grid positions + EXT_meshopt_compression (off only for debugging). */
  readonly compress: boolean;
  /** Per-vertex ambient occlusion (`_AO`); null leaves it out. */
  readonly occlusion: OcclusionOptions | null;
}

export const DEFAULTS: Options = {
  triangleBudget: 180_000,
  boneEdge: 1.1,
  compress: true,
  occlusion: OCCLUSION_DEFAULTS,
};

/** The custom vertex attribute with ambient access, 0 enclosed … 1 open (three reads it as `_ao`). */
export const AO_ATTRIBUTE = '_AO';
/**
 * `_AO` is stored as whole steps 0 … AO_LEVELS (UNSIGNED_BYTE, not normalized): 5 bits look the same
 * as 8 on a term that only scales ambient light, and small integers compress far better. The app
 * turns them back into 0–1 (AO_LEVELS in src/scene/structure-material.ts).
 */
export const AO_LEVELS = 31;

/** sRGB channel (0–1) → linear, the space glTF's baseColorFactor is in. */
const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** The app's palette (sRGB hex + opacity) as a glTF baseColorFactor: linear RGB, alpha. */
export const baseColorFactor = (hex: string, opacity: number): [number, number, number, number] => {
  const channel = (i: number): number => linear(Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255);
  return [channel(0), channel(1), channel(2), opacity];
};

export const createIO = (): NodeIO =>
  new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
    'meshopt.encoder': MeshoptEncoder,
  });

/** Unit quaternion (x, y, z, w) turning local +Z onto the unit vector n. */
export const quatFromZ = (n: readonly [number, number, number]): [number, number, number, number] => {
  if (n[2] < -0.999999) return [1, 0, 0, 0];
  const l = Math.hypot(-n[1], n[0], 1 + n[2]);
  return [-n[1] / l, n[0] / l, 0, (1 + n[2]) / l];
};

/**
 * Assemble a glTF document from per-structure meshes (mm → m), their ambient occlusion (uint8 steps
 * 0 … AO_LEVELS) and mesh-less site anchor nodes.
 */
export const assemble = (
  meshes: ReadonlyMap<StructureId, Mesh>,
  anchors: readonly SiteAnchor[] = [],
  occlusion: ReadonlyMap<StructureId, Uint8Array> = new Map(),
): Document => {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer();
  const root = doc.createNode('knee');
  doc.createScene('knee').addChild(root);
  const materials = new Map<Category, ReturnType<Document['createMaterial']>>();
  for (const s of structures) {
    const mesh = meshes.get(s.id);
    if (!mesh) throw new Error(`no mesh for ${s.id}`);
    let material = materials.get(s.category);
    if (!material) {
      const look = palette[s.category];
      material = doc
        .createMaterial(s.category)
        .setBaseColorFactor(baseColorFactor(look.color, look.opacity))
        .setRoughnessFactor(look.roughness)
        .setMetallicFactor(0);
      if (look.opacity < 1) material.setAlphaMode('BLEND').setDoubleSided(true);
      materials.set(s.category, material);
    }
    // fresh ArrayBuffer-backed copies, as gltf-transform's accessors want
    const positions = Float32Array.from(mesh.positions, (v) => v / 1000);
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(Float32Array.from(mesh.normals)).setBuffer(buffer),
      )
      .setIndices(
        doc.createAccessor().setType('SCALAR').setArray(Uint32Array.from(mesh.indices)).setBuffer(buffer),
      );
    const ao = occlusion.get(s.id);
    if (ao) {
      const accessor = doc
        .createAccessor()
        .setType('SCALAR')
        .setArray(Uint8Array.from(ao))
        .setNormalized(false);
      prim.setAttribute(AO_ATTRIBUTE, accessor.setBuffer(buffer));
    }
    const gltfMesh = doc.createMesh(s.id).addPrimitive(prim);
    root.addChild(doc.createNode(s.id).setMesh(gltfMesh).setExtras({ category: s.category }));
  }
  for (const a of anchors) {
    const node = doc
      .createNode(`site:${a.id}`)
      .setTranslation([a.position[0] / 1000, a.position[1] / 1000, a.position[2] / 1000])
      .setRotation(quatFromZ(a.normal))
      .setExtras({ site: a.id, target: a.target, normal: [...a.normal] });
    root.addChild(node);
  }
  return doc;
};

/**
 * Build the knee and return GLB bytes. Anchors and ambient occlusion come from the reference meshes,
 * so the screen budget moves neither (the fitted meshes keep a subset of the reference vertices).
 * Throws when the file breaks its budget (budget.ts).
 */
export const buildKnee = async (options: Partial<Options> = {}): Promise<Uint8Array> => {
  const o: Options = { ...DEFAULTS, ...options };
  const reference = await buildStructureMeshes(o.triangleBudget, o.boneEdge);
  const anchors = placeSites(reference);
  const occlusion = o.occlusion ? bakeOcclusion(reference, o.occlusion, AO_LEVELS) : new Map();
  if (!o.compress) return withCautions(assemble(reference, anchors, occlusion));
  const meshes = new Map<StructureId, Mesh>();
  const fittedAo = new Map<StructureId, Uint8Array>();
  /** grid step per node name, metres */
  const grid = new Map<string, number>();
  for (const [id, mesh] of reference) {
    const ao = occlusion.get(id) ?? new Uint8Array(mesh.positions.length / 3).fill(AO_LEVELS);
    const fitted = await fitToScreen(mesh, ao, AO_LEVELS);
    meshes.set(id, fitted.mesh);
    if (occlusion.has(id)) fittedAo.set(id, fitted.ao);
    grid.set(id, GRID_PX / fitted.pxPerMm / 1000);
  }
  const doc = assemble(meshes, anchors, fittedAo);
  await compress(doc, grid);
  const bytes = await withCautions(doc);
  const problems = budgetProblems(bytes.byteLength, budgetRows(await readStructures(bytes)));
  if (problems.length > 0) throw new Error(`knee.glb breaks its budget:\n${problems.join('\n')}`);
  return bytes;
};

/** The site anchors of a knee document: position (mm) and unit outward normal, from their nodes. */
export const siteNodes = (doc: Document): NeedleSite[] =>
  doc
    .getRoot()
    .listNodes()
    .flatMap((node) => {
      const extras = node.getExtras() as { site?: unknown; normal?: unknown };
      if (typeof extras.site !== 'string' || !Array.isArray(extras.normal)) return [];
      const [x = 0, y = 0, z = 0] = node.getTranslation();
      const [nx = 0, ny = 0, nz = 0] = extras.normal.map(Number);
      return [{ id: extras.site, position: [x * 1000, y * 1000, z * 1000], normal: [nx, ny, nz] }];
    });

/** The site anchors of a knee glb (see siteNodes). */
export const readSites = async (bytes: Uint8Array): Promise<NeedleSite[]> => {
  await MeshoptDecoder.ready;
  return siteNodes(await createIO().readBinary(bytes));
};

/**
 * Writes the document, measures each site's caution zone (parts/cautions.ts) on the meshes as the
 * file stores them, adds it to the site's extras and writes again: a fresh measurement of the glb
 * gives exactly the extras.
 */
const withCautions = async (doc: Document): Promise<Uint8Array> => {
  const cautions = measureCautions(siteNodes(doc), await readStructures(await createIO().writeBinary(doc)));
  for (const node of doc.getRoot().listNodes()) {
    const extras = node.getExtras() as { site?: unknown };
    if (typeof extras.site === 'string')
      node.setExtras({ ...extras, cautions: cautions.get(extras.site) ?? [] });
  }
  return createIO().writeBinary(doc);
};

export interface DecodedStructure {
  readonly category: string;
  /** world-space vertex positions in mm */
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
  readonly triangles: number;
  /** per-vertex ambient access 0–1 (`_AO` ÷ AO_LEVELS), or null when the file has none */
  readonly ao: Float32Array | null;
}

/** Read a knee glb back: world-space vertex positions (mm) per named mesh node. */
export const readStructures = async (bytes: Uint8Array): Promise<Map<string, DecodedStructure>> => {
  await MeshoptDecoder.ready;
  const doc = await createIO().readBinary(bytes);
  const out = new Map<string, DecodedStructure>();
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    const prim = mesh?.listPrimitives()[0];
    const pos = prim?.getAttribute('POSITION');
    if (!mesh || !prim || !pos) continue;
    const m = node.getWorldMatrix();
    const positions = new Float32Array(pos.getCount() * 3);
    const e = [0, 0, 0];
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, e);
      const [x, y, z] = [e[0] ?? 0, e[1] ?? 0, e[2] ?? 0];
      for (let r = 0; r < 3; r++) {
        const w = (m[r] ?? 0) * x + (m[r + 4] ?? 0) * y + (m[r + 8] ?? 0) * z + (m[r + 12] ?? 0);
        positions[i * 3 + r] = w * 1000;
      }
    }
    const category = String((node.getExtras() as { category?: unknown }).category ?? '');
    const indices = Uint32Array.from(prim.getIndices()?.getArray() ?? []);
    const aoAccessor = prim.getAttribute(AO_ATTRIBUTE);
    const aoScale = aoAccessor?.getNormalized() ? 1 : 1 / AO_LEVELS;
    const ao = aoAccessor
      ? Float32Array.from({ length: aoAccessor.getCount() }, (_, i) => aoAccessor.getScalar(i) * aoScale)
      : null;
    out.set(node.getName(), { category, positions, indices, triangles: indices.length / 3, ao });
  }
  return out;
};
