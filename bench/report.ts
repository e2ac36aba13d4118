import { writeFileSync } from 'node:fs';
import type { Bytes } from './bundle';
import type { LighthouseFigures, LighthouseResult } from './lighthouse';
import {
  type ColdLoad,
  type FrameStats,
  failed,
  type Idle,
  type Result,
  type SideBySide,
} from './side-by-side';
import { median } from './stats';

/** The side-by-side table: one row per figure, app and model-viewer, and the ratio app ÷ model-viewer. */
export interface Row {
  figure: string;
  app: string;
  mv: string;
  ratio: string;
}

export interface LighthousePair {
  app: LighthouseResult | null;
  mv: LighthouseResult | null;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
    ? 'n/a'
    : (a / b).toFixed(2);
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s).replace(/\|/g, '/');

interface Loads {
  ok: ColdLoad[];
  error: string | null;
}

const loadsOf = (rs: Result<ColdLoad>[]): Loads => {
  const ok = rs.filter((r): r is ColdLoad => !failed(r));
  const bad = rs.find(failed);
  return { ok, error: bad ? bad.error : null };
};

const medianOf = (l: Loads, f: (c: ColdLoad) => number): number | undefined =>
  l.ok.length ? median(l.ok.map(f)) : undefined;

/** A cell from the successful loads, or the first failure when there is none. */
const cell = (l: Loads, show: (c: ColdLoad[]) => string): string =>
  l.ok.length ? show(l.ok) : `error: ${short(l.error ?? 'no load')}`;

const bytesRow = (figure: string, key: keyof Bytes, app: Loads, mv: Loads): Row => {
  const a = medianOf(app, (c) => c.js[key]);
  const m = medianOf(mv, (c) => c.js[key]);
  const files = (c: ColdLoad[]) => median(c.map((x) => x.jsFiles));
  return {
    figure,
    app: cell(app, (c) => `${kb(a ?? 0)} (${files(c)} files)`),
    mv: cell(mv, (c) => `${kb(m ?? 0)} (${files(c)} files)`),
    ratio: ratio(a, m),
  };
};

const frameCell = (r: Result<FrameStats> | null | undefined): string => {
  if (r === null || r === undefined) return 'n/a';
  if (failed(r)) return `error: ${short(r.error)}`;
  return `${ms(r.medianMs)} median, p95 ${ms(r.p95Ms)} (${r.note})`;
};

const frameMedian = (r: Result<FrameStats> | null | undefined): number | undefined =>
  r && !failed(r) ? r.medianMs : undefined;

const idleCell = (r: Result<Idle> | undefined): string => {
  if (!r) return 'n/a';
  if (failed(r)) return `error: ${short(r.error)}`;
  const own = r.appFrames === null ? '' : `frames() +${r.appFrames}; `;
  return `${own}${r.glFrames} frames drawn in ${r.seconds} s`;
};

const lh = <K extends keyof LighthouseFigures>(
  pair: LighthousePair,
  figure: string,
  key: K,
  show: (v: LighthouseFigures[K]) => string,
): Row => {
  const side = (r: LighthouseResult | null): string =>
    r === null ? 'not run' : 'error' in r ? `error: ${short(r.error)}` : show(r[key]);
  const num = (r: LighthouseResult | null): number | undefined =>
    r && !('error' in r) ? Number(r[key]) : undefined;
  return { figure, app: side(pair.app), mv: side(pair.mv), ratio: ratio(num(pair.app), num(pair.mv)) };
};

export const tableRows = (sbs: SideBySide, lighthouse: LighthousePair, runs: number): Row[] => {
  const app = loadsOf(sbs.loads.app);
  const mv = loadsOf(sbs.loads['model-viewer']);
  const motionApp = failed(sbs.motion.app) ? undefined : sbs.motion.app;
  const motionMv = failed(sbs.motion['model-viewer']) ? undefined : sbs.motion['model-viewer'];
  const motionError = (m: typeof sbs.motion.app) => (failed(m) ? `error: ${short(m.error)}` : '');
  const times = (c: ColdLoad[]) =>
    `${ms(median(c.map((x) => x.firstFrameMs)))} (${c.map((x) => Math.round(x.firstFrameMs)).join(', ')})`;
  const foreign = (l: Loads) => l.ok.reduce((n, c) => n + c.foreign.length, 0);
  const consoleErrors = (l: Loads) => {
    const all = l.ok.flatMap((c) => c.consoleErrors);
    return all.length ? `${all.length} (first: ${short(all[0] ?? '')})` : '0';
  };
  const rows: Row[] = [
    bytesRow('JS fetched before the first 3D frame, raw', 'raw', app, mv),
    bytesRow('… gzip (node:zlib, level 9)', 'gzip', app, mv),
    bytesRow('… brotli (node:zlib, default quality)', 'brotli', app, mv),
    {
      figure: `time to first 3D frame on screen, median of ${runs} cold loads`,
      app: cell(app, times),
      mv: cell(mv, times),
      ratio: ratio(
        medianOf(app, (c) => c.firstFrameMs),
        medianOf(mv, (c) => c.firstFrameMs),
      ),
    },
    {
      figure: '… the event alone (knee:ready / model-viewer load), median',
      app: cell(app, (c) => ms(median(c.map((x) => x.eventMs)))),
      mv: cell(mv, (c) => ms(median(c.map((x) => x.eventMs)))),
      ratio: ratio(
        medianOf(app, (c) => c.eventMs),
        medianOf(mv, (c) => c.eventMs),
      ),
    },
    {
      figure: 'longest main-thread task during load, median',
      app: cell(app, (c) => ms(median(c.map((x) => x.longestTaskMs)))),
      mv: cell(mv, (c) => ms(median(c.map((x) => x.longestTaskMs)))),
      ratio: ratio(
        medianOf(app, (c) => c.longestTaskMs),
        medianOf(mv, (c) => c.longestTaskMs),
      ),
    },
    {
      figure: 'total blocking time during load (Σ long task − 50 ms), median',
      app: cell(app, (c) => ms(median(c.map((x) => x.tbtMs)))),
      mv: cell(mv, (c) => ms(median(c.map((x) => x.tbtMs)))),
      ratio: ratio(
        medianOf(app, (c) => c.tbtMs),
        medianOf(mv, (c) => c.tbtMs),
      ),
    },
    {
      figure: 'frame time while orbiting',
      app: motionApp ? frameCell(motionApp.orbit) : motionError(sbs.motion.app),
      mv: motionMv ? frameCell(motionMv.orbit) : motionError(sbs.motion['model-viewer']),
      ratio: ratio(frameMedian(motionApp?.orbit), frameMedian(motionMv?.orbit)),
    },
    {
      figure: 'frame time while the timeline plays',
      app: motionApp ? frameCell(motionApp.timeline) : motionError(sbs.motion.app),
      mv: 'n/a',
      ratio: 'n/a',
    },
    {
      figure: 'idle frames over 2 s, nothing moving (app must be 0)',
      app: motionApp ? idleCell(motionApp.idle) : motionError(sbs.motion.app),
      mv: motionMv ? idleCell(motionMv.idle) : motionError(sbs.motion['model-viewer']),
      ratio: 'n/a',
    },
    {
      figure: 'glb bytes fetched (the same file)',
      app: cell(app, (c) => `${(c[0]?.glbBytes ?? 0).toLocaleString('en')} B`),
      mv: cell(mv, (c) => `${(c[0]?.glbBytes ?? 0).toLocaleString('en')} B`),
      ratio: ratio(app.ok[0]?.glbBytes, mv.ok[0]?.glbBytes),
    },
    {
      figure: 'requests to other origins (blocked), all loads',
      app: cell(app, () => String(foreign(app))),
      mv: cell(mv, () => String(foreign(mv))),
      ratio: 'n/a',
    },
    {
      figure: 'console errors, all loads',
      app: cell(app, () => consoleErrors(app)),
      mv: cell(mv, () => consoleErrors(mv)),
      ratio: 'n/a',
    },
    lh(lighthouse, 'Lighthouse performance (mobile, simulated)', 'performance', String),
    lh(lighthouse, 'Lighthouse accessibility', 'accessibility', String),
    lh(lighthouse, 'Lighthouse best-practices', 'bestPractices', String),
    lh(lighthouse, 'Lighthouse FCP', 'fcpMs', ms),
    lh(lighthouse, 'Lighthouse LCP', 'lcpMs', ms),
    lh(lighthouse, 'Lighthouse TBT', 'tbtMs', ms),
    lh(lighthouse, 'Lighthouse TTI', 'ttiMs', ms),
  ];
  return rows;
};

/** A Markdown table, padded so it also reads in a terminal. */
export const markdownTable = (rows: Row[]): string => {
  const head: Row = { figure: 'figure', app: 'app', mv: 'model-viewer 4.4.0', ratio: 'app ÷ model-viewer' };
  const all = [head, ...rows];
  const keys = ['figure', 'app', 'mv', 'ratio'] as const;
  const width = keys.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(width[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${width.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
};

const times = (r: number) => `${r.toFixed(2)}×`;

/** One paragraph that reads the table; every number in it comes from this run. */
export const reading = (sbs: SideBySide, lighthouse: LighthousePair): string => {
  const app = loadsOf(sbs.loads.app);
  const mv = loadsOf(sbs.loads['model-viewer']);
  const parts: string[] = [];
  const gz = [medianOf(app, (c) => c.js.gzip), medianOf(mv, (c) => c.js.gzip)];
  const t = [medianOf(app, (c) => c.firstFrameMs), medianOf(mv, (c) => c.firstFrameMs)];
  const lt = [medianOf(app, (c) => c.longestTaskMs), medianOf(mv, (c) => c.longestTaskMs)];
  const ev = [medianOf(app, (c) => c.eventMs), medianOf(mv, (c) => c.eventMs)];
  if (gz[0] !== undefined && gz[1] !== undefined && t[0] !== undefined && t[1] !== undefined) {
    parts.push(
      `Before its first 3D frame the app fetched ${times(gz[0] / gz[1])} model-viewer's JavaScript ` +
        `(${kb(gz[0])} against ${kb(gz[1])} gzip; the app's includes React, its UI and content, ` +
        `model-viewer's is one bundle with three.js inside) and reached that frame in ${times(t[0] / t[1])} ` +
        `model-viewer's time (medians ${(t[0] / 1000).toFixed(1)} s and ${(t[1] / 1000).toFixed(1)} s` +
        (ev[0] !== undefined && ev[1] !== undefined
          ? `; ${times(ev[0] / ev[1])} counting to the events alone, knee:ready and load).`
          : ').'),
    );
  } else {
    parts.push('The cold loads of one side failed (see the table), so the load figures cannot be compared.');
  }
  if (lt[0] !== undefined && lt[1] !== undefined) {
    parts.push(
      `The longest main-thread task while loading was ${ms(lt[0])} for the app and ${ms(lt[1])} for ` +
        `model-viewer (${times(lt[0] / lt[1])}); model-viewer's first render reads its pixels back ` +
        '(copyPixels), so its main thread waits there for the software GPU to finish.',
    );
  }
  const ma = failed(sbs.motion.app) ? undefined : sbs.motion.app;
  const mm = failed(sbs.motion['model-viewer']) ? undefined : sbs.motion['model-viewer'];
  const oa = frameMedian(ma?.orbit);
  const om = frameMedian(mm?.orbit);
  if (oa !== undefined && om !== undefined) {
    parts.push(
      `While the camera orbits, a frame of the app takes ${times(oa / om)} a frame of model-viewer ` +
        `(${ms(oa)} against ${ms(om)}, same 1280×800 canvas, model-viewer's render scale pinned to 1).`,
    );
  }
  const ia = ma && !failed(ma.idle) ? ma.idle : undefined;
  const im = mm && !failed(mm.idle) ? mm.idle : undefined;
  if (ia && im) {
    parts.push(
      `Both render on demand: standing still for ${ia.seconds} s the app drew ${ia.glFrames} frames ` +
        `(its frames() counter moved by ${ia.appFrames ?? 'n/a'}) and model-viewer ${im.glFrames}.`,
    );
  }
  const la = lighthouse.app && !('error' in lighthouse.app) ? lighthouse.app : undefined;
  const lm = lighthouse.mv && !('error' in lighthouse.mv) ? lighthouse.mv : undefined;
  if (la) {
    parts.push(
      `Lighthouse (mobile, simulated throttling) gives the app's preview build ${la.performance} / ` +
        `${la.accessibility} / ${la.bestPractices} (performance / accessibility / best practices)` +
        (lm
          ? ` and the bare model-viewer page ${lm.performance} / ${lm.accessibility} / ${lm.bestPractices}`
          : '') +
        "; Lighthouse's FCP and LCP time text, never the 3D view.",
    );
  }
  parts.push(
    'Software WebGL (SwiftShader) on a shared machine makes every absolute time large and noisy: ' +
      'read the ratios, which come from interleaved loads in the same browser.',
  );
  return parts.join(' ');
};

export interface Machine {
  date: string;
  cpus: string;
  node: string;
  chromium: string;
  load: string;
}

const how = `## How each figure is measured

- Both pages run in the same headless Chromium (system \`/usr/bin/chromium\`, SwiftShader WebGL flags from
  \`tests/helpers/chromium.ts\`), 1280×800 at device pixel ratio 1, each load in a **new browser context**
  (cold HTTP cache, no service worker yet). Loads alternate app, model-viewer, app, …
- The app is its production build (\`vite build\` into a temp folder) served by \`vite preview\`.
  model-viewer is \`bench/model-viewer-page.ts\`: a node:http server on 127.0.0.1 with a page holding
  \`<model-viewer src="/knee.glb" camera-controls interaction-prompt="none">\`, model-viewer's self-contained
  \`dist/model-viewer.min.js\`, three's meshopt decoder (\`meshoptDecoderLocation\`), and the very glb file
  the app's build serves. It gzips text and JS like \`vite preview\` does. Any request to another origin is
  blocked (\`context.route\`) and counted.
- An init script, added before navigation, wraps WebGL's draw calls (one time stamp per drawn frame, for
  both pages alike) and registers a buffered \`PerformanceObserver\` for \`longtask\`.
- **First 3D frame**: the first animation frame after the app's \`knee:ready\` (dispatched right after the
  first framed frame's draw calls) or after model-viewer's \`load\` (dispatched two animation frames after
  the model is in the scene). Draw calls only queue work for the GPU process (SwiftShader), and Chromium
  starts the next frame only once it has caught up (and the main thread is free), so that frame is when
  the knee is on screen. The events alone are in the next row; they flatter the app, because
  model-viewer's first render copies its pixels into a 2D canvas (\`copyPixels\`), which waits for the GPU
  inside the main-thread task (that wait is most of its long task), while the app's first frame is still
  being drawn when \`knee:ready\` fires. Both events are checked to come after at least one WebGL frame.
- **JS bytes**: the bodies of the JavaScript responses whose request started (Resource Timing) before
  \`knee:ready\` for the app, before the frame after \`load\` for model-viewer, as fetched (decoded), then
  gzip level 9 and brotli default quality with node:zlib.
- **Long tasks / TBT**: long tasks that started before the first 3D frame on screen; TBT here is
  Σ(duration − 50 ms) from navigation start (Lighthouse's TBT starts at FCP and ends at TTI).
- **Frame time while orbiting**: the median interval between drawn frames while the camera keeps moving
  for 8 s. App: \`kneeExplorer.setView\` medial → posterior → lateral → anterior → …, each called as soon as
  the last resolves (at rest). model-viewer: its \`cameraOrbit\` turned 30° further every animation frame.
  model-viewer's dynamic render scale is pinned to 1 (\`minimumRenderScale\`), so both draw 1280×800 pixels;
  left alone it would drop to half resolution while frames are slow.
- **Timeline**: the app's \`play()\` for 5 s, the same interval statistic (model-viewer has nothing like it).
- **Idle**: 2 s with nothing moving, after the page has drawn nothing for 1 s: frames drawn (WebGL) and the
  app's own \`frames()\` counter.
- **Lighthouse** 12.2.3 CLI, default (mobile) config with simulated throttling, categories performance,
  accessibility and best-practices, \`CHROME_PATH=/usr/bin/chromium\` and
  \`--headless=new --no-sandbox --disable-gpu --use-angle=swiftshader --enable-unsafe-swiftshader\`, on the
  app's preview build and on the model-viewer page. Lighthouse's LCP never sees the 3D view (a WebGL
  canvas is not an LCP candidate): it is the largest text or image, for model-viewer the page's one-line
  caption (the page needs some text, or Lighthouse stops with NO_FCP while model-viewer blocks the page).
`;

export const writeBenchDoc = (
  path: string,
  machine: Machine,
  table: string,
  paragraph: string,
  runSeconds: number,
  notes: string[] = [],
): void => {
  const text = `# Side-by-side bench: the app and \`<model-viewer>\`

Written by \`npm run bench\` (\`bench/run.ts\`, \`bench/side-by-side.ts\`, \`bench/lighthouse.ts\`): the
last run's figures. Ratios are app ÷ model-viewer; below 1 means the app needs less.

- Date: ${machine.date}
- Machine: ${machine.cpus}; load average at start ${machine.load}
- Node ${machine.node}, ${machine.chromium}, model-viewer 4.4.0, Lighthouse 12.2.3
- Bench run time: ${Math.round(runSeconds)} s
${notes.map((n) => `- ${n}\n`).join('')}
${table}

${paragraph}

${how}`;
  writeFileSync(path, text);
};
