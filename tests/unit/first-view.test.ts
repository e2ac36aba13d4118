import { resolve } from 'node:path';
import type { OutputChunk, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * "Keep the first view light": what the HTML loads before anything is lazy-loaded. Builds the app in
 * memory and walks the entry chunk's static imports; three, the scene and the clinical text must not
 * be among their modules (they arrive after the first paint, on their own chunks).
 */
const root = resolve(__dirname, '../..');

const buildInMemory = async (): Promise<OutputChunk[]> => {
  const out = (await build({
    root,
    logLevel: 'silent',
    build: { write: false, outDir: resolve(root, 'node_modules/.first-view-test') },
  })) as RolldownOutput | RolldownOutput[];
  return (Array.isArray(out) ? out.flatMap((o) => o.output) : out.output).filter(
    (c): c is OutputChunk => c.type === 'chunk',
  );
};

let built: Promise<OutputChunk[]> | undefined;
const chunksOnce = (): Promise<OutputChunk[]> => {
  built ??= buildInMemory();
  return built;
};

const firstViewModules = async (): Promise<string[]> => {
  const chunks = await chunksOnce();
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (c: OutputChunk | undefined): void => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks.filter((x) => x.isEntry)) visit(c);
  return [...seen].flatMap((f) => byName.get(f)?.moduleIds ?? []).map((m) => m.replace(root, ''));
};

describe('the first view (issue #10)', () => {
  it('loads no three.js, no scene, no zod and no clinical text before the first paint', async () => {
    const modules = await firstViewModules();
    expect(modules.length).toBeGreaterThan(20);
    const heavy = modules.filter((m) =>
      /node_modules\/(three|@react-three|three-stdlib|three-mesh-bvh|camera-controls|zod)\/|\/src\/scene\/(?!webgl-support)|\/src\/content\/(sources|procedure|conditions|evidence|sites|structure-info|guidelines|red-flags)/.test(
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
});
