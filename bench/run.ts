import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import { findChromium } from '../tests/helpers/chromium';
import { launchBrowser } from '../tests/helpers/session';
import { firstFrameJs, firstViewScripts, interactiveJs, jsBytes } from './bundle';
import { timelineFrameTimes } from './frame-time';
import { glbFigures } from './glb';
import { freeShares } from './layout';
import { type LighthouseResult, runLighthouse } from './lighthouse';
import { type ModelViewerSite, serveModelViewer } from './model-viewer-page';
import { type LighthousePair, markdownTable, reading, tableRows, writeBenchDoc } from './report';
import { type ColdLoad, failed, type SideBySide, sideBySide } from './side-by-side';
import { median } from './stats';

// Figures, not a test: what the first view costs, how long the knee takes to be ready, and the same
// page against Google's <model-viewer> on the same knee.glb (docs/BENCH.md holds the last table).
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(line);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));
/** Cold loads of each page for the side-by-side medians (BENCH_LOADS overrides; at least 3). */
const runs = Math.max(3, Number(process.env.BENCH_LOADS) || 3);
const machineLoad = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');

// A private build folder, so a parallel test run or another bench never serves these files.
const dist = mkdtempSync(join(tmpdir(), 'knee-explorer-bench-'));
let server: PreviewServer | undefined;
let mvSite: ModelViewerSite | undefined;
try {
  const built = await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const frameJs = firstFrameJs(built);
  const frameLine = `JS the first 3D frame needs (boot, entry and their static imports + the first frame's worker, ${frameJs.files.length} files): raw ${kb(frameJs.bytes.raw)}, gzip ${kb(frameJs.bytes.gzip)}, brotli ${kb(frameJs.bytes.brotli)}`;
  const viewJs = interactiveJs(built);
  const viewLine = `JS the interactive 3D view needs (the same entries + the scene chunk and its static imports, ${viewJs.files.length} files): raw ${kb(viewJs.bytes.raw)}, gzip ${kb(viewJs.bytes.gzip)}, brotli ${kb(viewJs.bytes.brotli)}`;
  const first = firstViewScripts(dist);
  const js = jsBytes(dist, first);
  log(
    `First-view JS (${first.length} files): raw ${kb(js.raw)}, gzip ${kb(js.gzip)}, brotli ${kb(js.brotli)}`,
  );
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !first.includes(`/assets/${f}`))
    .map((f) => `assets/${f}`);
  const later = jsBytes(dist, lazy);
  log(frameLine);
  log(viewLine);
  log(
    `Lazy JS (${lazy.length} files, 3D and later views): raw ${kb(later.raw)}, gzip ${kb(later.gzip)}, brotli ${kb(later.brotli)}`,
  );

  // The glb the build serves (other work may be rewriting models/knee.glb meanwhile); model-viewer
  // shows the very same file.
  const builtGlb = readdirSync(join(dist, 'assets')).find((f) => f.endsWith('.glb'));
  const glbPath = builtGlb ? join(dist, 'assets', builtGlb) : join(process.cwd(), 'models', 'knee.glb');
  const glb = await glbFigures(glbPath);
  log(
    `knee.glb: ${kb(glb.bytes)}, ${glb.triangles.toLocaleString('en')} triangles, ${glb.drawCalls} draw calls (${glb.meshes} meshes)`,
  );

  const chromiumPath = findChromium();
  if (!chromiumPath) {
    log(
      'Browser figures and the side-by-side: not measured (no Chromium at $CHROME_PATH or /usr/bin/chromium)',
    );
  } else {
    server = await preview({
      logLevel: 'warn',
      build: { outDir: dist },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0] ?? '';
    mvSite = await serveModelViewer(glbPath);

    const browser = await launchBrowser(chromiumPath);
    const chromium = `Chromium ${browser.version()}`;
    let sbs: SideBySide = {
      loads: { app: [], 'model-viewer': [] },
      motion: { app: { error: 'not run' }, 'model-viewer': { error: 'not run' } },
    };
    try {
      log(`Side-by-side with model-viewer (${runs} cold loads each, interleaved) [${elapsed()}]`);
      sbs = await sideBySide(browser, { app: url, 'model-viewer': mvSite.url }, runs, log);
      const ok = sbs.loads.app.filter((r): r is ColdLoad => !failed(r)).map((r) => r.firstFrameMs);
      log(
        ok.length
          ? `Navigation → knee:ready (headless Chromium, SwiftShader): median ${median(ok).toFixed(0)} ms of [${ok.map((t) => t.toFixed(0)).join(', ')}]`
          : 'Navigation → knee:ready: every load failed (see the table)',
      );
    } catch (e) {
      log(`Side-by-side failed: ${message(e)}`);
    }
    try {
      const ft = await timelineFrameTimes(browser, url);
      log(
        `Healing timeline, idle ${ft.seconds} s: ${ft.idleDraws} frames drawn (of ${ft.idlePageFrames} page frames; must be 0)`,
      );
      log(
        `Healing timeline, playing ${ft.seconds} s: ${ft.playingDraws} frames drawn (${ft.playingFps.toFixed(1)} fps), frame time median ${ft.medianMs.toFixed(1)} ms, p95 ${ft.p95Ms.toFixed(1)} ms; a camera move in the same run: ${ft.cameraMoveMs.toFixed(1)} ms a frame (ratio ${(ft.medianMs / (ft.cameraMoveMs || 1)).toFixed(2)})`,
      );
    } catch (e) {
      log(`Healing timeline frame times failed: ${message(e)}`);
    }
    try {
      log(`3D view no panel covers, sMCL card open: ${(await freeShares(browser, url)).join(', ')}`);
    } catch (e) {
      log(`3D view no panel covers: failed: ${message(e)}`);
    }
    await browser.close();

    // Lighthouse launches its own Chromium: one at a time, with the Playwright browser closed.
    const lighthouse: LighthousePair = { app: null, mv: null };
    const lh = async (name: string, target: string): Promise<LighthouseResult> => {
      log(`Lighthouse on ${name} [${elapsed()}]`);
      const r = await runLighthouse(target, chromiumPath);
      log(`  ${'error' in r ? `failed: ${r.error}` : 'done'} (${r.seconds.toFixed(0)} s)`);
      if (!('error' in r) && r.warnings.length) log(`  warnings: ${r.warnings.join(' / ')}`);
      return r;
    };
    lighthouse.app = await lh("the app's preview build", url);
    lighthouse.mv = await lh('the model-viewer page', mvSite.url);

    const table = markdownTable(tableRows(sbs, lighthouse, runs));
    const paragraph = reading(sbs, lighthouse);
    log('');
    log(`Side-by-side: app ÷ model-viewer 4.4.0 (same run, same machine) [${elapsed()}]`);
    log(table);
    log('');
    log(paragraph);
    const cpu = cpus();
    writeBenchDoc(
      join(process.cwd(), 'docs', 'BENCH.md'),
      {
        date: execSync('date -u').toString().trim(),
        cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        node: process.version,
        chromium,
        load: machineLoad,
      },
      table,
      paragraph,
      (Date.now() - started) / 1000,
      [frameLine, viewLine],
    );
    log('Wrote docs/BENCH.md');
  }
} finally {
  await server?.close();
  await mvSite?.close();
  rmSync(dist, { recursive: true, force: true });
  log(`Bench run time: ${elapsed()}`);
}
