import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = join(process.cwd(), 'node_modules', '.bin', 'biome');
const root = mkdtempSync(join(tmpdir(), 'knee-import-rules-'));
copyFileSync(join(process.cwd(), 'biome.json'), join(root, 'biome.json'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lints one planted file under the project's biome.json; returns its diagnostics' text. */
const lint = (path: string, from: string): { failed: boolean; output: string } => {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import { thing } from '${from}';\n\nexport const planted = thing;\n`);
  const run = spawnSync(biome, ['lint', '--vcs-enabled=false', path], { cwd: root, encoding: 'utf8' });
  rmSync(file);
  return { failed: run.status !== 0, output: `${run.stdout}${run.stderr}` };
};

// The arrows of ARCHITECTURE.md, enforced by Biome: each planted import must fail (or pass) lint.
const forbidden: [string, string][] = [
  ['src/scene/planted.ts', '../api/install'],
  ['src/scene/planted.ts', '../ui/SiteMarkers'],
  ['src/api/planted.ts', '../scene/KneeCanvas'],
  ['src/api/planted.ts', '../ui/App'],
  ['src/api/planted.ts', 'three'],
  ['src/ui/planted.ts', '../scene/picking'],
  ['src/ui/planted.ts', 'three'],
  ['src/state/planted.ts', '../ui/Toolbar'],
  ['src/state/planted.ts', '../scene/picking'],
  ['src/lib/planted.ts', '../state/store'],
  ['src/content/planted.ts', 'react'],
  ['models/planted.ts', '../src/lib/healing'],
  // The content index (every card, source and zod) comes only through state/clinical.ts (issue #10).
  ['src/scene/planted.ts', '../content'],
  ['src/state/planted.ts', '../content'],
  ['src/ui/cards/planted.ts', '../../content'],
  ['src/api/planted.ts', '../content'],
  // The boot path stays small; the worker has no React or store (issue #10: the first frame).
  ['src/first-frame/start.ts', 'three'],
  ['src/first-frame/start.ts', '../scene/first-view'],
  ['src/first-frame/draw.ts', 'react'],
  ['src/first-frame/draw.ts', '../state/store'],
];
const allowed: [string, string][] = [
  ['src/scene/planted.ts', '../state/runtime'],
  ['src/api/planted.ts', '../state/store'],
  ['src/ui/planted.ts', '../state/navigation'],
  ['src/lib/planted.ts', '../content/structures'],
  ['src/ui/cards/planted.ts', '../../state/clinical'],
  ['src/scene/planted.ts', '../content/structures'],
  ['src/first-frame/start.ts', '../ui/measure-stage'],
  ['src/first-frame/draw.ts', '../scene/knee-parts'],
];

describe('import rules (biome.json noRestrictedImports)', () => {
  it.each(forbidden)('%s may not import %s', (path, from) => {
    const { failed, output } = lint(path, from);
    expect(failed, output).toBe(true);
    expect(output).toContain('noRestrictedImports');
  });

  it.each(allowed)('%s may import %s', (path, from) => {
    const { failed, output } = lint(path, from);
    expect(failed, output).toBe(false);
  });
});
