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

const firstViewModules = async (): Promise<string[]> => {
  const out = (await build({
    root,
    logLevel: 'silent',
    build: { write: false, outDir: resolve(root, 'node_modules/.first-view-test') },
  })) as RolldownOutput | RolldownOutput[];
  const chunks = (Array.isArray(out) ? out.flatMap((o) => o.output) : out.output).filter(
    (c): c is OutputChunk => c.type === 'chunk',
  );
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
});
