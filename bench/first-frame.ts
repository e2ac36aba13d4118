import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import { findChromium } from '../tests/helpers/chromium';
import { launchBrowser } from '../tests/helpers/session';
import { coldLoad, failed } from './side-by-side';

/**
 * A quick look at the first 3D frame alone (`npx tsx bench/first-frame.ts [loads]`): builds the app,
 * then per cold load prints every JS file fetched before knee:ready with its brotli size, and the
 * long tasks before the knee is on screen. What `npm run bench` measures, without model-viewer and
 * Lighthouse, to compare a change before and after on the same machine.
 */
const loads = Math.max(1, Number(process.argv[2]) || 1);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium at $CHROME_PATH or /usr/bin/chromium');

const dist = mkdtempSync(join(tmpdir(), 'knee-explorer-first-frame-'));
let server: PreviewServer | undefined;
try {
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchBrowser(chromiumPath);
  try {
    for (let i = 0; i < loads; i++) {
      const r = await coldLoad(browser, url, 'app');
      if (failed(r)) {
        console.log(`load ${i + 1}: failed: ${r.error}`);
        continue;
      }
      console.log(
        `load ${i + 1}: knee:ready ${r.eventMs.toFixed(0)} ms, on screen ${r.firstFrameMs.toFixed(0)} ms`,
      );
      console.log(
        `  JS before knee:ready: ${r.jsFiles} files, brotli ${kb(r.js.brotli)} (raw ${kb(r.js.raw)})`,
      );
      for (const f of [...r.jsList].sort((a, b) => b.bytes.brotli - a.bytes.brotli)) {
        console.log(`    ${kb(f.bytes.brotli).padStart(9)}  ${f.path}`);
      }
      const tasks = r.longTaskList.map(([t, d]) => `${d.toFixed(0)}@${t.toFixed(0)}`).join(' ');
      console.log(`  long tasks (ms@start): ${tasks || 'none'}`);
      console.log(`  longest ${r.longestTaskMs.toFixed(0)} ms, TBT ${r.tbtMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
}
