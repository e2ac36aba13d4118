import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { buildKnee } from '../../models/knee';

const run = promisify(execFile);

// One build in this process, one in a fresh Node process (fresh WASM state): the bytes must match.
it('builds the same bytes twice', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'knee-'));
  const out = join(dir, 'knee.glb');
  const script = `import { writeFile } from 'node:fs/promises';
import { buildKnee } from ${JSON.stringify(new URL('../../models/knee.ts', import.meta.url).pathname)};
await writeFile(${JSON.stringify(out)}, await buildKnee());`;
  const child = run('npx', ['tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
  const here = await buildKnee();
  await child;
  const there = new Uint8Array(await readFile(out));
  await rm(dir, { recursive: true, force: true });
  expect(there.byteLength).toBe(here.byteLength);
  expect(Buffer.compare(Buffer.from(here), Buffer.from(there))).toBe(0);
});
