import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BufferGeometry, type Mesh, type Object3D } from 'three';
import { GLTFLoader, MeshoptDecoder } from 'three-stdlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetRows, FRAMING, MAX_BYTES, pxPerMm, triangleBudget } from '../../models/budget';
import { AO_LEVELS, createIO, type DecodedStructure, readStructures } from '../../models/knee';
import { BAKED_CATEGORIES } from '../../models/parts/occlusion';
import { sites } from '../../src/content/sites';
import { structures } from '../../src/content/structures';
import { PRESET_POLAR, VIEW_CAMERA } from '../../src/scene/first-view';
import { FOCUS_PADDING, MIN_FOCUS_RADIUS } from '../../src/scene/framing';
import { AO_LEVELS as APP_AO_LEVELS, normalizeAo } from '../../src/scene/structure-material';
import { committedGlb } from '../helpers/committed-glb';

/**
 * The committed knee.glb keeps its budget (models/budget.ts: bytes, and triangles per structure by
 * screen size at the closest framing) and still carries everything the app reads: structure nodes
 * with their category, site anchors with their extras, and `_AO` the material can turn into 0–1.
 */
let bytes: Uint8Array;
let decoded: Map<string, DecodedStructure>;

beforeAll(async () => {
  bytes = await committedGlb();
  decoded = await readStructures(bytes);
});

describe('knee.glb budget', () => {
  it(`is at most ${MAX_BYTES} bytes`, () => {
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('keeps every structure within its triangle budget', () => {
    const over = budgetRows(decoded).filter((r) => r.triangles > r.budget);
    expect(over).toEqual([]);
  });

  it('derives budgets from the size on screen: a structure framed larger may have more', () => {
    // A 10 mm and a 100 mm sphere-ish box: the small one is framed at the minimum radius, so it is
    // shown larger per mm and its budget per mm² is higher.
    const quad = (s: number) => ({
      positions: new Float32Array([0, 0, 0, s, 0, 0, s, s, 0, 0, s, s]),
      indices: new Uint32Array([0, 1, 2, 0, 2, 3]),
    });
    const small = quad(10);
    const large = quad(100);
    expect(pxPerMm(small.positions)).toBeGreaterThan(pxPerMm(large.positions));
    expect(triangleBudget(large.positions, large.indices)).toBeGreaterThan(
      triangleBudget(small.positions, small.indices),
    );
  });

  it("uses the app's framing constants", async () => {
    expect(FRAMING.padding).toBe(FOCUS_PADDING);
    expect(FRAMING.minRadius).toBeCloseTo(MIN_FOCUS_RADIUS * 1000, 9);
    // The 3D view's camera (KneeCanvas and the first frame's worker read it from scene/first-view.ts).
    expect(VIEW_CAMERA.fov).toBe(FRAMING.fov);
    const canvas = await readFile(join(process.cwd(), 'src', 'scene', 'KneeCanvas.tsx'), 'utf8');
    expect(canvas).toContain('...VIEW_CAMERA');
    // The poster is drawn with the same first camera.
    const { FIRST_FRAME } = await import('../../models/poster');
    expect([FIRST_FRAME.fovDeg, FIRST_FRAME.polar, FIRST_FRAME.azimuth]).toEqual([
      VIEW_CAMERA.fov,
      PRESET_POLAR,
      0,
    ]);
  });
});

describe('knee.glb still has what the app needs', () => {
  it('has the root, one mesh node per structure and one anchor per site, nothing else', async () => {
    const doc = await createIO().readBinary(bytes);
    const nodes = doc.getRoot().listNodes();
    expect(nodes.map((n) => n.getName())).toEqual([
      'knee',
      ...structures.map((s) => s.id),
      ...sites.map((s) => `site:${s.id}`),
    ]);
    for (const s of structures) {
      const node = nodes.find((n) => n.getName() === s.id);
      expect(node?.getExtras(), s.id).toEqual({ category: s.category });
      expect(node?.getMesh()?.getName(), s.id).toBe(s.id);
      const prim = node?.getMesh()?.listPrimitives() ?? [];
      expect(prim.length, s.id).toBe(1);
      // The joint's tissues carry baked occlusion; the neighbours (off at start) do without it.
      const semantics = BAKED_CATEGORIES.includes(s.category)
        ? ['NORMAL', 'POSITION', '_AO']
        : ['NORMAL', 'POSITION'];
      expect(prim[0]?.listSemantics().sort(), s.id).toEqual(semantics);
      expect(prim[0]?.getIndices(), s.id).not.toBeNull();
    }
    for (const site of sites) {
      const node = nodes.find((n) => n.getName() === `site:${site.id}`);
      const extras = node?.getExtras() as { site?: unknown; target?: unknown; normal?: unknown };
      expect(Object.keys(extras).sort(), site.id).toEqual(['cautions', 'normal', 'site', 'target']);
      expect(extras.site).toBe(site.id);
      expect(extras.target).toBe(site.target);
      expect(node?.getMesh(), site.id).toBeNull();
    }
  });

  it('needs only extensions three-stdlib decodes locally (meshopt, mesh quantization)', async () => {
    const doc = await createIO().readBinary(bytes);
    const used = doc
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName)
      .sort();
    expect(used).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
  });

  it("loads in a standard GLTFLoader (three-stdlib, meshopt), not only the app's own reader: meshes, site extras, and _ao the material reads as 0–1", async () => {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const loader = new GLTFLoader().setMeshoptDecoder(
      typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder,
    );
    const gltf = await new Promise<{ scene: Object3D }>((resolve, reject) =>
      loader.parse(buffer as ArrayBuffer, '', resolve as never, reject),
    );
    for (const s of structures) {
      const mesh = gltf.scene.getObjectByName(s.id) as Mesh | undefined;
      expect(mesh?.isMesh, s.id).toBe(true);
      const geometry = mesh?.geometry ?? new BufferGeometry();
      expect(geometry.getAttribute('position')?.count, s.id).toBeGreaterThan(0);
      expect(geometry.getAttribute('normal')?.count, s.id).toBe(geometry.getAttribute('position')?.count);
      if (!BAKED_CATEGORIES.includes(s.category)) {
        expect(geometry.getAttribute('_ao'), s.id).toBeUndefined();
        continue;
      }
      normalizeAo(geometry);
      const ao = geometry.getAttribute('_ao');
      const want = decoded.get(s.id)?.ao ?? new Float32Array();
      expect(ao?.normalized, s.id).toBe(true);
      expect(ao?.count, s.id).toBe(want.length);
      for (let i = 0; i < want.length; i += 7) expect(ao?.getX(i), s.id).toBeCloseTo(want[i] ?? -1, 2);
    }
    const anchors: string[] = [];
    gltf.scene.traverse((o) => {
      if (typeof o.userData.site === 'string') anchors.push(o.userData.site);
    });
    expect(anchors.sort()).toEqual(sites.map((s) => s.id).sort());
  });

  it('stores _AO in the steps the app expects', () => {
    expect(APP_AO_LEVELS).toBe(AO_LEVELS);
    const all = [...decoded.values()].flatMap((s) => Array.from(s.ao ?? []));
    expect(Math.max(...all)).toBeCloseTo(1, 6);
    for (const a of all.slice(0, 2000))
      expect(Math.abs(a * AO_LEVELS - Math.round(a * AO_LEVELS))).toBeLessThan(1e-5);
  });
});
