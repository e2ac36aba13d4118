import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { ContentApp } from './content-app';

type CspWindow = Window & { __cspViolations?: string[] };

/**
 * Records every `securitypolicyviolation` on the page from its first script on (call before the
 * page navigates). Read them with `PwaApp.cspViolations()`.
 */
export const recordCspViolations = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as CspWindow;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`,
      );
    });
  });
};

/** The precache the service worker filled: its URLs (path from the origin) and their total size. */
export interface Precache {
  urls: string[];
  bytes: number;
}

/** ContentApp plus the service worker, the cache and the update prompt. */
export class PwaApp extends ContentApp {
  /** Waits until a service worker is active and controls this page; returns its scope and script. */
  serviceWorkerControls(): Promise<{ scope: string; script: string }> {
    return this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      return { scope: registration.scope, script: navigator.serviceWorker.controller?.scriptURL ?? '' };
    });
  }

  /** What Workbox precached (every cache whose name says precache). */
  precache(): Promise<Precache> {
    return this.page.evaluate(async () => {
      const urls: string[] = [];
      let bytes = 0;
      for (const name of await caches.keys()) {
        if (!name.includes('precache')) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const url = new URL(request.url);
          urls.push(url.pathname);
          bytes += (await (await cache.match(request))?.blob())?.size ?? 0;
        }
      }
      return { urls: urls.sort(), bytes };
    });
  }

  /** The paths the built service worker lists in its precache manifest. */
  async precacheManifest(): Promise<string[]> {
    const sw = await (await this.page.request.get(`${this.baseUrl}sw.js`)).text();
    return [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => `/${m[1]}`))].sort();
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => [...((window as CspWindow).__cspViolations ?? [])]);
  }

  /** The update prompt ("Update available … Reload / Later"). */
  updatePrompt() {
    return this.page.getByRole('region', { name: 'App update' });
  }

  /** Asks the browser to check for a new service worker now (as it does on navigations). */
  checkForUpdate(): Promise<void> {
    return this.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  }

  /** Whether a new version is installed and waiting for the user's Reload. */
  hasWaitingWorker(): Promise<boolean> {
    return this.page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
  }
}

/** A private copy of the served app on its own origin, whose files a test may change. */
export interface AppCopy {
  url: string;
  dir: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.glb': 'model/gltf-binary',
};

/**
 * Copies the built app from `baseUrl` (index.html, sw.js, Workbox and everything precached) into a
 * temp folder and serves it on a free port, as a static host would (unknown paths get index.html):
 * a new "deployment" is then a file change there, e.g. a new sw.js, without a second build.
 */
export const copyOfApp = async (baseUrl: string): Promise<AppCopy> => {
  const dir = mkdtempSync(join(tmpdir(), 'knee-explorer-copy-'));
  const get = async (path: string): Promise<Buffer> => {
    const res = await fetch(new URL(path, baseUrl));
    if (!res.ok) throw new Error(`copyOfApp: ${path} answered ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
  const sw = (await get('sw.js')).toString();
  const workbox = [...sw.matchAll(/"\.\/(workbox-[\w-]+)"/g)].map((m) => `${m[1]}.js`);
  const listed = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  for (const path of ['sw.js', ...workbox, ...listed]) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await get(path));
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    const found = file.startsWith(dir) && extname(file) !== '' && existsSync(file);
    const served = found ? file : join(dir, 'index.html');
    if (!found && extname(path) !== '') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
