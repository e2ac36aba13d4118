import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { findChromium } from '../tests/helpers/chromium';
import { launchBrowser } from '../tests/helpers/session';
import { firstViewScripts, jsBytes } from './bundle';
import { timelineFrameTimes } from './frame-time';
import { glbFigures } from './glb';
import { freeShares } from './layout';
import { readyTimes } from './ready-time';

// Figures, not a test: prints what the first view costs and how long the knee takes to be ready.
const dist = join(process.cwd(), 'dist', 'bench');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
const first = firstViewScripts(dist);
const js = jsBytes(dist, first);
console.log(
  `First-view JS (${first.length} files): raw ${kb(js.raw)}, gzip ${kb(js.gzip)}, brotli ${kb(js.brotli)}`,
);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !first.includes(`/assets/${f}`))
  .map((f) => `assets/${f}`);
const later = jsBytes(dist, lazy);
console.log(
  `Lazy JS (${lazy.length} files, 3D and later views): raw ${kb(later.raw)}, gzip ${kb(later.gzip)}, brotli ${kb(later.brotli)}`,
);

const glb = await glbFigures(join(process.cwd(), 'models', 'knee.glb'));
console.log(
  `knee.glb: ${kb(glb.bytes)}, ${glb.triangles.toLocaleString('en')} triangles, ${glb.drawCalls} draw calls (${glb.meshes} meshes)`,
);

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log('Navigation → knee:ready: not measured (no Chromium at $CHROME_PATH or /usr/bin/chromium)');
} else {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchBrowser(chromiumPath);
  const { times, median } = await readyTimes(browser, url, 5);
  console.log(
    `Navigation → knee:ready (headless Chromium, SwiftShader): median ${median.toFixed(0)} ms of [${times.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  const ft = await timelineFrameTimes(browser, url);
  console.log(
    `Healing timeline, idle ${ft.seconds} s: ${ft.idleDraws} frames drawn (of ${ft.idlePageFrames} page frames; must be 0)`,
  );
  console.log(
    `Healing timeline, playing ${ft.seconds} s: ${ft.playingDraws} frames drawn (${ft.playingFps.toFixed(1)} fps), frame time median ${ft.medianMs.toFixed(1)} ms, p95 ${ft.p95Ms.toFixed(1)} ms; a camera move in the same run: ${ft.cameraMoveMs.toFixed(1)} ms a frame (ratio ${(ft.medianMs / (ft.cameraMoveMs || 1)).toFixed(2)})`,
  );
  console.log(`3D view no panel covers, sMCL card open: ${(await freeShares(browser, url)).join(', ')}`);
  await browser.close();
  await server.close();
}
