import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { add, type Bytes, measure } from './bundle';
import { until } from './page-wait';
import { intervals, median, percentile } from './stats';

/**
 * The app against Google's <model-viewer> on the same knee.glb, same browser, same run.
 *
 * Both pages get the same probe before any of their scripts runs (an init script):
 * - a PerformanceObserver for 'longtask' entries (buffered, from navigation start);
 * - a wrapper around WebGL's draw calls that stamps the time of the first draw of each task, i.e.
 *   one stamp per drawn frame, whoever draws it (the app's R3F loop or model-viewer's renderer);
 * - the "first 3D frame": the app's `knee:ready` event (dispatched in a microtask right after the
 *   first framed frame's draw calls), model-viewer's `load` event (dispatched two animation frames
 *   after the model is in the scene, "once shaders are compiled and pixels drawn"), each followed by
 *   the next animation frame: WebGL draw calls only queue work for the GPU process (SwiftShader
 *   here), and the browser starts the next frame once that work is done. model-viewer's first
 *   render reads its pixels back into a 2D canvas (copyPixels), which waits for the GPU inside the
 *   task; the app's does not, so the event alone would flatter the app.
 *
 * Every request to another origin is blocked (context.route) and counted.
 */
export type Subject = 'app' | 'model-viewer';
export const subjects: readonly Subject[] = ['app', 'model-viewer'];

const viewport = { width: 1280, height: 800 };
const orbitSeconds = 8;
const timelineSeconds = 5;

/** A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a __name helper. */
const probe = `(() => {
  const b = { longTasks: [], draws: [], drawCalls: 0, renderScales: [] };
  Object.defineProperty(window, '__bench', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    b.longTaskError = String(e);
  }
  let drawing = false;
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const name of names) {
      const f = C.prototype[name];
      if (typeof f !== 'function') continue;
      C.prototype[name] = function () {
        b.drawCalls++;
        if (!drawing) {
          drawing = true;
          b.draws.push(performance.now());
          queueMicrotask(() => { drawing = false; });
        }
        return f.apply(this, arguments);
      };
    }
  }
  // The moment (event) and the first animation frame after it: the browser only starts that frame
  // once the GPU has caught up with the 3D frame just drawn, so it is when the knee is on screen.
  const moment = (loaded) => {
    if (b.eventAt !== undefined) return;
    b.eventAt = performance.now();
    b.loaded = loaded;
    requestAnimationFrame(() => { b.firstFrameAt = performance.now(); });
  };
  addEventListener('knee:ready', () => moment(true));
  // A node's load event never reaches window (DOM: a document's parent is null for 'load').
  document.addEventListener('load', (e) => {
    const t = e.target;
    if (t && t.localName === 'model-viewer') moment(t.loaded);
  }, true);
  document.addEventListener('error', (e) => {
    const t = e.target;
    if (t && t.localName === 'model-viewer') b.failed = 'model-viewer error event ' + JSON.stringify(e.detail);
  }, true);
  document.addEventListener('render-scale', (e) => {
    if (e.detail) b.renderScales.push(e.detail.renderedDpr);
  }, true);
})();`;

export interface ColdLoad {
  /** navigation start → the first animation frame after the moment below, ms (performance.now()). */
  firstFrameMs: number;
  /** navigation start → knee:ready (app) or model-viewer's load event, ms. */
  eventMs: number;
  /** JS responses whose request started before knee:ready (app) or the frame after load (model-viewer). */
  js: Bytes;
  jsFiles: number;
  /** Each of those JS files: its path and its bytes (for bench/first-frame.ts). */
  jsList: { path: string; bytes: Bytes }[];
  glbBytes: number;
  longestTaskMs: number;
  /** Σ (long task − 50 ms) from navigation start to the first 3D frame. */
  tbtMs: number;
  longTasks: number;
  /** [start, duration] of each of those long tasks, ms. */
  longTaskList: [number, number][];
  foreign: string[];
  consoleErrors: string[];
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  /** What was driven and how long it took, for the report. */
  note: string;
}

export interface Idle {
  seconds: number;
  /** Frames the page drew (WebGL draw calls seen) while nothing moved. */
  glFrames: number;
  /** The app's own counter, kneeExplorer.frames() (null for model-viewer). */
  appFrames: number | null;
}

export type Result<T> = T | { error: string };
export const failed = <T>(r: Result<T>): r is { error: string } =>
  typeof r === 'object' && r !== null && 'error' in r;

const message = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Session {
  context: BrowserContext;
  page: Page;
  foreign: string[];
  consoleErrors: string[];
  responses: Map<string, Response>;
}

/** A fresh context (cold HTTP cache, no service worker yet) with the probe and the origin guard. */
const open = async (browser: Browser, url: string): Promise<Session> => {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const origin = new URL(url).origin;
  const foreign: string[] = [];
  await context.route(new RegExp(`^(?!${escapeRe(origin)}/)(?!data:)(?!blob:)`), (route) => {
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const responses = new Map<string, Response>();
  page.on('response', (r) => {
    if (!responses.has(r.url())) responses.set(r.url(), r);
  });
  return { context, page, foreign, consoleErrors, responses };
};

/** Navigates and waits for the first 3D frame; throws if the page reports a failed 3D view. */
const loadUntilFirstFrame = async (
  s: Session,
  url: string,
  subject: Subject,
): Promise<{ at: number; eventAt: number }> => {
  await s.page.goto(url, { waitUntil: 'commit' });
  await until(
    s.page,
    'window.__bench && (window.__bench.firstFrameAt !== undefined || window.__bench.failed !== undefined)',
    180_000,
  );
  const state: {
    at?: number;
    eventAt?: number;
    failed?: string;
    status?: string;
    loaded?: boolean;
    drawn: number;
    still?: boolean;
  } = await s.page.evaluate(
    `({ at: window.__bench.firstFrameAt, eventAt: window.__bench.eventAt, failed: window.__bench.failed,
          loaded: window.__bench.loaded, drawn: window.__bench.draws.filter((t) => t <= window.__bench.eventAt).length,
          status: window.kneeExplorer ? window.kneeExplorer.status() : undefined,
          still: document.querySelector('canvas.first-frame') !== null })`,
  );
  if (state.failed) throw new Error(state.failed);
  // The app's first frame is the worker's (first-frame/, on screen as canvas.first-frame, drawn
  // off the page's thread, so the probe sees no draw call), or the 3D view's own where none was drawn.
  if (subject === 'app' && state.status !== 'ready' && !state.still)
    throw new Error(`app status ${state.status}`);
  if (subject === 'model-viewer' && !state.loaded)
    throw new Error('model-viewer fired load but is not loaded');
  // Both moments come after a drawn frame; a page that never drew would be a broken probe.
  if (state.drawn === 0 && !state.still)
    throw new Error('no WebGL frame drawn before the first-frame moment');
  return { at: state.at ?? Number.NaN, eventAt: state.eventAt ?? Number.NaN };
};

/**
 * A response's body as fetched. Playwright keeps none for a worker's requests (the app's first frame
 * is drawn in one): those are fetched again from the same local server (the same file).
 */
const bodyOf = (r: Response): Promise<Buffer> =>
  r.body().catch(async () => Buffer.from(await (await fetch(r.url())).arrayBuffer()));

/** One cold load in a new context: time to the first 3D frame, what was fetched, long tasks. */
export const coldLoad = async (browser: Browser, url: string, subject: Subject): Promise<ColdLoad> => {
  const s = await open(browser, url);
  try {
    const { at, eventAt } = await loadUntilFirstFrame(s, url, subject);
    // Let requests started before the moment finish, so their resource entries exist.
    await s.page.waitForTimeout(500);
    // JS up to knee:ready for the app (what kneeExplorer.ready waits for), up to load and the frame
    // after it for model-viewer; long tasks up to the first frame on screen for both.
    const jsUntil = subject === 'app' ? eventAt : at;
    const seen: { started: string[]; longTasks: [number, number][] } = await s.page.evaluate(`({
      started: performance.getEntriesByType('resource').filter((e) => e.startTime <= ${jsUntil}).map((e) => e.name),
      longTasks: window.__bench.longTasks.filter(([t]) => t <= ${at}),
    })`);
    const started = new Set(seen.started);
    let js: Bytes = { raw: 0, gzip: 0, brotli: 0 };
    let jsFiles = 0;
    const jsList: { path: string; bytes: Bytes }[] = [];
    let glbBytes = 0;
    for (const [u, r] of s.responses) {
      const type = r.headers()['content-type'] ?? '';
      const path = new URL(u).pathname;
      if (path.endsWith('.glb') && r.status() === 200)
        glbBytes = Math.max(glbBytes, (await bodyOf(r)).length);
      if (!started.has(u) || r.status() !== 200) continue;
      if (/javascript|ecmascript/.test(type) || /\.m?js$/.test(path)) {
        const bytes = measure(await bodyOf(r));
        js = add(js, bytes);
        jsList.push({ path, bytes });
        jsFiles++;
      }
    }
    const durations = seen.longTasks.map(([, d]) => d);
    return {
      firstFrameMs: at,
      eventMs: eventAt,
      js,
      jsFiles,
      jsList,
      glbBytes,
      longestTaskMs: Math.max(0, ...durations),
      tbtMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longTasks: durations.length,
      longTaskList: seen.longTasks,
      foreign: [...s.foreign],
      consoleErrors: [...s.consoleErrors],
    };
  } finally {
    await s.context.close();
  }
};

/** Waits until the page has drawn nothing for `quietMs` (or `maxMs` passed). */
const settle = (page: Page, quietMs = 1000, maxMs = 20_000): Promise<void> =>
  page.evaluate(`new Promise((resolve) => {
    const b = window.__bench; const t0 = performance.now();
    const check = () => {
      const now = performance.now(); const last = b.draws[b.draws.length - 1] ?? 0;
      if (now - Math.max(last, t0) >= ${quietMs} || now - t0 > ${maxMs}) resolve(); else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  })`);

const frameStats = (moves: { draws: number[]; ms: number }[], what: string): FrameStats => {
  const gaps = moves.flatMap((m) => intervals(m.draws));
  const frames = moves.reduce((n, m) => n + m.draws.length, 0);
  const seconds = (moves.reduce((t, m) => t + m.ms, 0) / 1000).toFixed(1);
  if (gaps.length === 0) throw new Error(`no frames drawn while ${what}`);
  return {
    frames,
    medianMs: median(gaps),
    p95Ms: percentile(gaps, 95),
    note: `${what}, ${frames} frames in ${seconds} s`,
  };
};

/**
 * App: the camera moves without a pause for `seconds`: kneeExplorer.setView medial → posterior →
 * lateral → anterior → …, each called as soon as the last has resolved (at rest).
 */
const orbitApp = async (page: Page, seconds: number): Promise<FrameStats> => {
  const r: { draws: number[]; ms: number; moves: number } = await page.evaluate(`(async () => {
    const api = window.kneeExplorer; const b = window.__bench;
    const views = ['medial', 'posterior', 'lateral', 'anterior'];
    const i = b.draws.length; const t0 = performance.now(); let n = 0;
    while (performance.now() - t0 < ${seconds * 1000}) await api.setView(views[n++ % views.length]);
    return { draws: b.draws.slice(i), ms: performance.now() - t0, moves: n };
  })()`);
  return frameStats([r], `${r.moves} setView moves back to back`);
};

/**
 * model-viewer: the camera moves without a pause for `seconds`: its `cameraOrbit` turns 30° further
 * around every animation frame (model-viewer eases towards it, drawing every frame).
 */
const orbitModelViewer = async (page: Page, seconds: number): Promise<FrameStats> => {
  const r: { draws: number[]; ms: number } = await page.evaluate(`new Promise((resolve) => {
    const mv = document.querySelector('model-viewer'); const b = window.__bench;
    const i = b.draws.length; const t0 = performance.now(); let azimuth = 0;
    const step = () => {
      if (performance.now() - t0 >= ${seconds * 1000}) {
        resolve({ draws: b.draws.slice(i), ms: performance.now() - t0 });
        return;
      }
      azimuth += 30;
      mv.cameraOrbit = azimuth + 'deg 75deg 105%';
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);
  return frameStats([r], 'cameraOrbit turned every frame');
};

/** App: the healing timeline plays for `seconds` (nothing else moves). */
const timelineApp = async (page: Page, seconds: number): Promise<FrameStats> => {
  const draws: number[] = await page.evaluate(`new Promise((resolve) => {
    const api = window.kneeExplorer; const b = window.__bench; const i = b.draws.length;
    api.play();
    setTimeout(() => { api.pause(); resolve(b.draws.slice(i)); }, ${seconds * 1000});
  })`);
  return frameStats([{ draws, ms: seconds * 1000 }], `timeline playing ${seconds} s`);
};

const idle = async (page: Page, seconds: number): Promise<Idle> => {
  const r: { glFrames: number; appFrames: number | null } = await page.evaluate(`new Promise((resolve) => {
    const b = window.__bench; const api = window.kneeExplorer;
    const d0 = b.draws.length; const f0 = api ? api.frames() : null;
    setTimeout(() => resolve({ glFrames: b.draws.length - d0, appFrames: api ? api.frames() - f0 : null }), ${seconds * 1000});
  })`);
  return { seconds, ...r };
};

export interface Motion {
  orbit: Result<FrameStats>;
  timeline: Result<FrameStats> | null;
  idle: Result<Idle>;
  /** model-viewer's rendered DPR each time it changed its render scale (it should stay 1 here). */
  renderScales: number[];
}

const attempt = async <T>(f: () => Promise<T>): Promise<Result<T>> => {
  try {
    return await f();
  } catch (e) {
    return { error: message(e) };
  }
};

/** One more load of the page, then: idle (nothing moves), orbit, and for the app the timeline. */
export const motion = async (browser: Browser, url: string, subject: Subject): Promise<Motion> => {
  const s = await open(browser, url);
  try {
    await loadUntilFirstFrame(s, url, subject);
    // The app's interactive view loads at first use (src/first-frame/demand.ts): reading `ready` asks for it.
    if (subject === 'app') await s.page.evaluate('window.kneeExplorer.ready');
    await settle(s.page);
    const still = await attempt(() => idle(s.page, 2));
    const orbit = await attempt(() =>
      subject === 'app' ? orbitApp(s.page, orbitSeconds) : orbitModelViewer(s.page, orbitSeconds),
    );
    await settle(s.page);
    const timeline = subject === 'app' ? await attempt(() => timelineApp(s.page, timelineSeconds)) : null;
    const renderScales: number[] = await s.page.evaluate('window.__bench.renderScales');
    return { orbit, timeline, idle: still, renderScales };
  } finally {
    await s.context.close();
  }
};

export interface SideBySide {
  loads: Record<Subject, Result<ColdLoad>[]>;
  motion: Record<Subject, Result<Motion>>;
}

/** `runs` cold loads of each page, interleaved (app, model-viewer, app, …), then one motion session each. */
export const sideBySide = async (
  browser: Browser,
  urls: Record<Subject, string>,
  runs: number,
  log: (line: string) => void = () => undefined,
): Promise<SideBySide> => {
  const loads: Record<Subject, Result<ColdLoad>[]> = { app: [], 'model-viewer': [] };
  for (let i = 0; i < runs; i++) {
    for (const subject of subjects) {
      const r = await attempt(() => coldLoad(browser, urls[subject], subject));
      loads[subject].push(r);
      log(
        `  cold load ${i + 1}/${runs} ${subject}: ${failed(r) ? `failed: ${r.error}` : `${r.firstFrameMs.toFixed(0)} ms`}`,
      );
    }
  }
  const out: Record<Subject, Result<Motion>> = {
    app: { error: 'not run' },
    'model-viewer': { error: 'not run' },
  };
  for (const subject of subjects) {
    out[subject] = await attempt(() => motion(browser, urls[subject], subject));
    log(`  motion ${subject}: done`);
  }
  return { loads, motion: out };
};
