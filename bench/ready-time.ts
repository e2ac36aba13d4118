import type { Browser } from 'playwright-core';
import { openPage } from '../tests/helpers/session';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Milliseconds from navigation start to the app's knee:ready event, in fresh contexts (cold cache). */
export const readyTimes = async (browser: Browser, url: string, runs: number) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openPage(browser, url);
    await page.addInitScript(() => {
      window.addEventListener('knee:ready', () => {
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
      });
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __readyAt?: number }).__readyAt !== undefined,
      null,
      {
        timeout: 60_000,
      },
    );
    times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
    await context.close();
  }
  return { times, median: median(times) };
};
