import { resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { OutputAsset, OutputChunk, RolldownOutput } from 'rolldown';
import { Box3, type Mesh, type Object3D } from 'three';
import { GLTFLoader, MeshoptDecoder } from 'three-stdlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { parseKneeGlb } from '../../src/scene/knee-glb';
import { committedGlb } from '../helpers/committed-glb';

/**
 * "Keep the first view light": what the HTML loads before anything is lazy-loaded. Builds the app in
 * memory and walks the entry chunk's static imports; three, the scene and the clinical text must not
 * be among their modules (they arrive after the first paint, on their own chunks).
 */
const root = resolve(__dirname, '../..');

const buildInMemory = async (): Promise<(OutputChunk | OutputAsset)[]> => {
  const out = (await build({
    root,
    logLevel: 'silent',
    // vitest sets NODE_ENV=test, which would pick React's development build: measure what ships.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, outDir: resolve(root, 'node_modules/.first-view-test') },
  })) as RolldownOutput | RolldownOutput[];
  return Array.isArray(out) ? out.flatMap((o) => o.output) : out.output;
};

let built: Promise<(OutputChunk | OutputAsset)[]> | undefined;
const outputOnce = (): Promise<(OutputChunk | OutputAsset)[]> => {
  built ??= buildInMemory();
  return built;
};
const chunksOnce = async (): Promise<OutputChunk[]> =>
  (await outputOnce()).filter((c): c is OutputChunk => c.type === 'chunk');

/** The first frame's worker (src/first-frame/worker.ts): Vite builds it on its own, as one file. */
const workerOnce = async (): Promise<OutputAsset> => {
  const worker = (await outputOnce()).find(
    (c): c is OutputAsset => c.type === 'asset' && /^assets\/worker-[\w-]+\.js$/.test(c.fileName),
  );
  if (!worker) throw new Error('no first-frame worker in the build');
  return worker;
};

/** The chunks these load before running: themselves and their static imports, transitively. */
const withStaticImports = (chunks: OutputChunk[], from: OutputChunk[]): OutputChunk[] => {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, OutputChunk>();
  const visit = (c: OutputChunk | undefined): void => {
    if (!c || seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of from) visit(c);
  return [...seen.values()];
};

const modulesOf = (chunks: OutputChunk[]): string[] =>
  chunks.flatMap((c) => c.moduleIds).map((m) => m.replace(root, ''));

const firstViewModules = async (): Promise<string[]> => {
  const chunks = await chunksOnce();
  return modulesOf(
    withStaticImports(
      chunks,
      chunks.filter((x) => x.isEntry),
    ),
  );
};

/** What the interactive 3D view needs: the first view, plus the scene chunk and its static imports. */
const interactiveChunks = async (): Promise<OutputChunk[]> => {
  const chunks = await chunksOnce();
  const scene = chunks.filter((c) => c.moduleIds.some((m) => m.includes('/src/scene/KneeCanvas')));
  return withStaticImports(chunks, [...chunks.filter((x) => x.isEntry), ...scene]);
};

const brotliKb = (c: OutputChunk | OutputAsset): number =>
  brotliCompressSync(Buffer.from(c.type === 'chunk' ? c.code : c.source)).length / 1024;

describe('the first view (issue #10)', () => {
  it('loads no three.js, no scene, no zod, no clinical text and no handout or QR code before the first paint', async () => {
    const modules = await firstViewModules();
    expect(modules.length).toBeGreaterThan(20);
    const heavy = modules.filter((m) =>
      /node_modules\/(three|@react-three|three-stdlib|three-mesh-bvh|camera-controls|zod|qrcode)\/|\/src\/scene\/(?!webgl-support)|\/src\/content\/(sources|procedure|conditions|evidence|sites|structure-info|guidelines|red-flags)|\/src\/(lib\/qr|ui\/handout\/(?!HandoutButton|HandoutMount))/.test(
        m,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it('the scene chunk carries only the three classes it uses (R3F gets a slim catalogue)', async () => {
    const chunks = await chunksOnce();
    const scene = chunks.filter((c) => c.moduleIds.some((m) => m.includes('/src/scene/KneeCanvas')));
    expect(scene).toHaveLength(1);
    const code = scene[0]?.code ?? '';
    expect(code).toContain('WebGLRenderer');
    // Geometries nothing in the app builds: present only if all of three came along.
    for (const unused of ['TorusKnotGeometry', 'DodecahedronGeometry', 'PointLightHelper']) {
      expect(code.includes(unused), unused).toBe(false);
    }
  });

  it("the first 3D frame is the worker's: the boot script, the first view and the worker stay within model-viewer's 230 KB brotli", async () => {
    const chunks = await chunksOnce();
    const worker = await workerOnce();
    const code = String(worker.source);
    // The worker draws with three and the app's reader; no React, R3F or camera-controls in it.
    expect(code).toContain('WebGLRenderer');
    for (const absent of ['react.element', 'camera-controls', '__r3f'])
      expect(code.includes(absent), absent).toBe(false);
    const entries = chunks.filter((c) => c.isEntry); // the app's entry, boot.ts, first-frame/start.ts
    expect(entries.map((c) => c.name).sort()).toEqual(['boot', 'first-frame', 'index']);
    const files = [...withStaticImports(chunks, entries), worker];
    const total = files.reduce((sum, c) => sum + brotliKb(c), 0);
    console.log(
      `JS for the first 3D frame (worker ${brotliKb(worker).toFixed(1)} KB): ${total.toFixed(1)} KB brotli in ${files.length} files`,
    );
    // The issue's goal: no more than @google/model-viewer 4.4.0's model-viewer.min.js (230 KB brotli).
    expect(total).toBeLessThan(230);
  });

  it('the interactive view loads no GLTFLoader, Draco, raycast index, site markers, zod or clinical text, and stays within its byte budget', async () => {
    const chunks = await interactiveChunks();
    const modules = modulesOf(chunks);
    // knee.glb has its own small reader (scene/knee-glb.ts); BVHs and the markers' content come after.
    const later = modules.filter((m) =>
      /node_modules\/(three-stdlib|three-mesh-bvh|zod)\/|GLTFLoader|DRACOLoader|\/src\/ui\/SiteMarkers|\/src\/content\/(index|sources|procedure|conditions|evidence|sites|structure-info|guidelines|red-flags|clinical-schema|healing-evidence)/.test(
        m,
      ),
    );
    expect(later).toEqual([]);
    const sizes = chunks.map((c) => ({ file: c.fileName, kb: brotliKb(c) })).sort((a, b) => b.kb - a.kb);
    const total = sizes.reduce((sum, s) => sum + s.kb, 0);
    console.log(
      `JS for the interactive 3D view: ${total.toFixed(1)} KB brotli in ${sizes.length} chunks: ${sizes
        .slice(0, 6)
        .map((s) => `${s.file.replace(/-[\w-]{8}\.js$/, '')} ${s.kb.toFixed(1)}`)
        .join(', ')}, …`,
    );
    // A guard against regressions, not the goal: 341 KB before the clinical content (57 KB with zod)
    // left the scene's static graph (state/clinical.ts, content-registry.ts).
    expect(total).toBeLessThan(300);
  });
});

describe('the glb reader that replaced GLTFLoader in the first 3D frame (issue #10)', () => {
  it('builds from knee.glb what three-stdlib GLTFLoader builds: nodes, extras, attributes, values', async () => {
    const bytes = await committedGlb();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const loader = new GLTFLoader().setMeshoptDecoder(
      typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder,
    );
    const theirs = await new Promise<{ scene: Object3D }>((done, fail) =>
      loader.parse(buffer.slice(0), '', done as never, fail),
    );
    const ours = (await parseKneeGlb(buffer.slice(0))).scene;
    const nodes = (root: Object3D) => {
      const out: Object3D[] = [];
      root.traverse((o) => {
        if (o !== root) out.push(o);
      });
      return out;
    };
    const want = nodes(theirs.scene);
    const got = nodes(ours);
    expect(got.map((o) => o.name)).toEqual(want.map((o) => o.name));
    expect(want.length).toBeGreaterThan(40);
    for (const [i, w] of want.entries()) {
      const g = got[i];
      if (!g) continue;
      expect(g.userData, w.name).toEqual(w.userData);
      expect(g.position.toArray(), w.name).toEqual(w.position.toArray());
      expect(g.scale.toArray(), w.name).toEqual(w.scale.toArray());
      expect(g.quaternion.toArray(), w.name).toEqual(w.quaternion.toArray());
      const wm = w as Mesh;
      const gm = g as Mesh;
      expect(Boolean(gm.isMesh), w.name).toBe(Boolean(wm.isMesh));
      if (!wm.isMesh) continue;
      for (const [name, a] of Object.entries(wm.geometry.attributes)) {
        const b = gm.geometry.getAttribute(name);
        expect(b, `${w.name} ${name}`).toBeDefined();
        expect([b.count, b.itemSize, b.normalized, b.constructor.name], `${w.name} ${name}`).toEqual([
          a.count,
          a.itemSize,
          a.normalized,
          a.constructor.name,
        ]);
        for (let k = 0; k < a.count; k += 97) {
          for (let c = 0; c < a.itemSize; c++) expect(b.getComponent(k, c)).toBe(a.getComponent(k, c));
        }
      }
      expect(Array.from(gm.geometry.index?.array ?? [])).toEqual(Array.from(wm.geometry.index?.array ?? []));
      expect(gm.geometry.boundingBox?.equals(wm.geometry.boundingBox ?? new Box3()), w.name).toBe(true);
    }
  });
});
