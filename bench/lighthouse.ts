import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Lighthouse 12.2.3 (the devDependency) from its CLI in a child process, so a crash or a hang costs
 * one table row, not the bench: the default config, which is the mobile preset (Moto G Power
 * emulation, simulated slow 4G and 4× CPU throttling), categories performance, accessibility and
 * best-practices, on the system Chromium with SwiftShader WebGL.
 */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  ttiMs: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** Lighthouse's own warnings (e.g. a slow host CPU), shortened. */
  warnings: string[];
  seconds: number;
}

export type LighthouseResult = LighthouseFigures | { error: string; seconds: number };

export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

interface Lhr {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
}

const score = (lhr: Lhr, id: string): number => {
  const s = lhr.categories[id]?.score;
  if (s === null || s === undefined) throw new Error(`no ${id} score`);
  return Math.round(s * 100);
};

const metric = (lhr: Lhr, id: string): number => {
  const v = lhr.audits[id]?.numericValue;
  if (v === undefined) throw new Error(`no ${id} value`);
  return v;
};

export const runLighthouse = async (
  url: string,
  chromePath: string,
  timeoutMs = 240_000,
): Promise<LighthouseResult> => {
  const t0 = Date.now();
  const seconds = () => (Date.now() - t0) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'knee-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    const cli = join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
    const args = [
      cli,
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--throttling-method=simulate',
      // model-viewer's first render blocks its page for 20 s and more in software WebGL.
      '--max-wait-for-load=90000',
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ];
    const stderr: string[] = [];
    const code = await new Promise<number | string>((resolve) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
      // SIGINT first: the CLI then closes the Chromium it launched; SIGKILL if it does not exit.
      const timer = setTimeout(() => {
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        resolve(`timed out after ${timeoutMs / 1000} s`);
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        resolve(e.message);
      });
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c ?? -1);
      });
    });
    if (code !== 0) {
      const last = stderr.join('').trim().split('\n').filter(Boolean).slice(-2).join(' / ');
      return {
        error: `lighthouse exited with ${code}${last ? `: ${last.slice(0, 300)}` : ''}`,
        seconds: seconds(),
      };
    }
    // KNEE_LIGHTHOUSE_JSON=path keeps the whole report (to see what a figure is made of).
    if (process.env.KNEE_LIGHTHOUSE_JSON) copyFileSync(out, process.env.KNEE_LIGHTHOUSE_JSON);
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr;
    if (lhr.runtimeError) {
      return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, seconds: seconds() };
    }
    return {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      fcpMs: metric(lhr, 'first-contentful-paint'),
      lcpMs: metric(lhr, 'largest-contentful-paint'),
      tbtMs: metric(lhr, 'total-blocking-time'),
      ttiMs: metric(lhr, 'interactive'),
      cls: metric(lhr, 'cumulative-layout-shift'),
      warnings: (lhr.runWarnings ?? []).map((w) => w.split('. ')[0] ?? w),
      seconds: seconds(),
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), seconds: seconds() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * Alone: `npx tsx bench/lighthouse.ts [dist]` serves a built folder (default dist/) with
 * `vite preview` and prints this module's figures as JSON, without the rest of the bench.
 */
const runAlone = async (dir: string): Promise<void> => {
  const { preview } = await import('vite');
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: resolve(dir) },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  try {
    if (!url) throw new Error('vite preview did not report a URL');
    const result = await runLighthouse(url, process.env.CHROME_PATH ?? '/usr/bin/chromium');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.close();
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runAlone(process.argv[2] ?? 'dist');
}
