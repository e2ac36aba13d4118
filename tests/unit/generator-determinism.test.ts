import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { committedGlb } from '../helpers/committed-glb';

const run = promisify(execFile);

// generator-contract builds in this test process and compares with the committed file; here a
// fresh Node process (fresh WASM state) must give the very same bytes too.
it('builds the same bytes in a fresh process', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'knee-'));
  const out = join(dir, 'knee.glb');
  const script = `import { writeFile } from 'node:fs/promises';
import { buildKnee } from ${JSON.stringify(new URL('../../models/knee.ts', import.meta.url).pathname)};
await writeFile(${JSON.stringify(out)}, await buildKnee());`;
  await run('npx', ['tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
  const there = new Uint8Array(await readFile(out));
  await rm(dir, { recursive: true, force: true });
  const here = await committedGlb();
  expect(there.byteLength).toBe(here.byteLength);
  expect(
    Buffer.compare(Buffer.from(here), Buffer.from(there)),
    'a fresh build differs: run npm run models',
  ).toBe(0);
});
