import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { chromiumArgs } from './chromium';

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

/** What a page did that a test may want to fail on: console errors and requests to other origins. */
export interface PageRecord {
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
}

export const launchBrowser = (executablePath: string, extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs] });

/** A fresh context and page that records console errors and every request leaving the app's origin. */
export const openPage = async (
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; record: PageRecord }> => {
  // The service worker is blocked unless a test asks for it (offline, security): precaching 2 MB
  // right after knee:ready competes with the test for the two CPUs and makes timing-bound steps flaky.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const record: PageRecord = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => record.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    record.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      record.foreignRequests.push(url);
    }
  });
  // Remember whether knee:ready fired, from the very first script on the page.
  await page.addInitScript(() => {
    window.addEventListener('knee:ready', () => {
      (window as unknown as { __kneeReadyEvent: boolean }).__kneeReadyEvent = true;
    });
  });
  return { context, page, record };
};

/** Saves the viewport (or, with `fullPage`, the whole scrollable page) as test-results/screenshots/<name>.png. */
export const saveScreenshot = async (
  page: Page,
  name: string,
  { fullPage = false } = {},
): Promise<string> => {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
};
