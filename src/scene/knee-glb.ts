import { Box3, BufferAttribute, BufferGeometry, Group, Loader, Mesh, Object3D, Sphere, Vector3 } from 'three';
import { accessorBounds, makeAccessors } from './glb-accessors';
import { decodeViews, type GltfJson, type GltfNode, readGlb, yieldToMain } from './glb-data';

/** What the loader gives: the file's scene (one object per node, named and with its extras). */
export interface KneeGltf {
  scene: Group;
}

/** glTF attribute names as three (and GLTFLoader) call them; any other is lower-cased (`_AO` → `_ao`). */
const ATTRIBUTE_NAMES: Record<string, string> = {
  POSITION: 'position',
  NORMAL: 'normal',
  TANGENT: 'tangent',
  TEXCOORD_0: 'uv',
  COLOR_0: 'color',
};
const TRIANGLES = 4;

/** Node names as GLTFLoader gives them (PropertyBinding.sanitizeNodeName: `site:ia-1` → `siteia-1`). */
const sanitize = (name: string): string => name.replace(/\s/g, '_').replace(/[[\].:/]/g, '');

const assignExtras = (object: { userData: Record<string, unknown> }, extras: unknown): void => {
  if (extras && typeof extras === 'object') Object.assign(object.userData, extras);
};

/**
 * Builds the scene graph from a parsed file: geometry per primitive (bounds from the accessors'
 * min/max, no vertex loop), one object per node. Yields between meshes, so no task holds the main
 * thread for long however large the file.
 */
const buildScene = async (json: GltfJson, views: ArrayBuffer[]): Promise<Group> => {
  const accessor = makeAccessors(json, views);
  const used = new Map<string, number>();
  const uniqueName = (name: string | undefined): string => {
    const clean = sanitize(name ?? '');
    const n = used.get(clean);
    used.set(clean, n === undefined ? 0 : n + 1);
    return n === undefined ? clean : `${clean}_${n + 1}`;
  };
  // GLTFLoader names the scene before its nodes (the root node `knee` becomes `knee_1`): the same.
  const sceneDef = json.scenes?.[json.scene ?? 0];
  if (!sceneDef) throw new Error('the file has no scene');
  const scene = new Group();
  scene.name = uniqueName(sceneDef.name);
  const meshes: Object3D[][] = [];
  let slice = performance.now();
  for (const mesh of json.meshes ?? []) {
    const made = mesh.primitives.map((p) => {
      if ((p.mode ?? TRIANGLES) !== TRIANGLES) throw new Error('only triangle meshes are supported');
      const geometry = new BufferGeometry();
      for (const [name, index] of Object.entries(p.attributes)) {
        geometry.setAttribute(ATTRIBUTE_NAMES[name] ?? name.toLowerCase(), accessor(index));
      }
      if (p.indices !== undefined) {
        const index = accessor(p.indices);
        if (!(index instanceof BufferAttribute)) throw new Error('interleaved indices are not valid glTF');
        geometry.setIndex(index);
      }
      const bounds = p.attributes.POSITION === undefined ? null : accessorBounds(json, p.attributes.POSITION);
      if (bounds) {
        geometry.boundingBox = new Box3(new Vector3(...bounds.min), new Vector3(...bounds.max));
        const sphere = new Sphere();
        geometry.boundingBox.getCenter(sphere.center);
        sphere.radius = geometry.boundingBox.min.distanceTo(geometry.boundingBox.max) / 2;
        geometry.boundingSphere = sphere;
      }
      // The app gives every structure its own material (structure-material.ts): none is read here.
      const object = new Mesh(geometry);
      assignExtras(object, mesh.extras);
      return object;
    });
    meshes.push(made);
    if (performance.now() - slice > 8) {
      await yieldToMain();
      slice = performance.now();
    }
  }
  const nodes = (json.nodes ?? []).map((def: GltfNode, i): Object3D => {
    const parts = def.mesh === undefined ? [] : (meshes[def.mesh] ?? []);
    const [only] = parts;
    const object = parts.length > 1 ? new Group().add(...parts) : (only ?? new Object3D());
    if (def.name) {
      object.name = uniqueName(def.name);
      object.userData.name = def.name; // the name as written (`site:ia-1`), as GLTFLoader keeps it
    }
    assignExtras(object, def.extras);
    if (def.matrix)
      object.matrix.fromArray(def.matrix).decompose(object.position, object.quaternion, object.scale);
    if (def.translation) object.position.fromArray(def.translation);
    if (def.rotation) object.quaternion.fromArray(def.rotation);
    if (def.scale) object.scale.fromArray(def.scale);
    if (def.mesh !== undefined && parts.length === 0) throw new Error(`node ${i} names a missing mesh`);
    return object;
  });
  json.nodes?.forEach((def, i) => {
    for (const c of def.children ?? []) {
      const child = nodes[c];
      if (child) nodes[i]?.add(child);
    }
  });
  for (const n of sceneDef.nodes ?? []) {
    const node = nodes[n];
    if (node) scene.add(node);
  }
  return scene;
};

/** Reads a .glb's bytes into a scene; every failure is an Error with a plain message. */
export const parseKneeGlb = async (data: ArrayBuffer): Promise<KneeGltf> => {
  const { json, bin } = readGlb(data);
  await yieldToMain();
  const views = await decodeViews(json, bin);
  await yieldToMain();
  return { scene: await buildScene(json, views) };
};

/** Fetches and reads a .glb. */
export const loadKneeGlb = async (url: string): Promise<KneeGltf> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseKneeGlb(await response.arrayBuffer());
};

/**
 * knee.glb's loader for R3F's useLoader: only what this file uses (meshopt buffers, quantized
 * attributes, nodes with extras), in place of GLTFLoader, which brought animation, skinning,
 * texture and material code into the first 3D frame's bundle (issue #10). The meshopt decoder is
 * three's own build, compiled from the page (CSP: 'wasm-unsafe-eval'), nothing fetched elsewhere.
 */
export class KneeGlbLoader extends Loader<KneeGltf> {
  override load(
    url: string,
    onLoad: (data: KneeGltf) => void,
    _onProgress?: (event: ProgressEvent) => void,
    onError?: (err: unknown) => void,
  ): void {
    loadKneeGlb(this.manager.resolveURL(url)).then(onLoad, (e: unknown) => onError?.(e));
  }
}
