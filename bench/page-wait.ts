import type { Page } from 'playwright-core';

/**
 * Waits in the page until `condition` (a JS expression) holds. page.evaluate runs through the
 * DevTools protocol, which the app's Content-Security-Policy (no 'unsafe-eval') does not stop;
 * page.waitForFunction with a string predicate is eval'd in the page once it has to poll, and the
 * CSP refuses it (a function predicate works).
 */
export const until = (page: Page, condition: string, timeoutMs = 120_000): Promise<void> =>
  page.evaluate(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    const check = () => {
      if (${condition}) resolve();
      else if (performance.now() - t0 > ${timeoutMs}) reject(new Error(${JSON.stringify(`timed out after ${timeoutMs} ms waiting for ${condition}`)}));
      else setTimeout(check, 100);
    };
    check();
  })`);
