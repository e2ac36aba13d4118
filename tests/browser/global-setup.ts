import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../helpers/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

/** Builds the app once, serves it with `vite preview` on a free port and hands the URL to the tests. */
export const setup = async (project: TestProject): Promise<void> => {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const msg =
      'No Chromium found at $CHROME_PATH or /usr/bin/chromium. Install it: apt-get install -y chromium';
    if (process.env.CI) throw new Error(`Browser tests cannot run: ${msg}`);
    console.warn(`\n\n!!! BROWSER TESTS SKIPPED: ${msg} !!!\n\n`);
  }
  // A private build folder, so parallel runs (and `npm run bench`) never serve each other's files.
  outDir = mkdtempSync(join(tmpdir(), 'knee-explorer-test-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
};

export const teardown = async (): Promise<void> => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
};
