import type { Browser } from 'playwright-core';
import type { KneeExplorerApi } from '../src/api/types';
import { openPage } from '../tests/helpers/session';

type ApiWindow = Window & { kneeExplorer: KneeExplorerApi };

export const layoutSizes = [
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1366, 1024],
  [1280, 800],
  [1920, 1080],
] as const;

/** Share of the viewport no panel covers, with the sMCL's card open at its default snap point. */
export const freeShares = async (browser: Browser, url: string): Promise<string[]> => {
  const out: string[] = [];
  for (const [width, height] of layoutSizes) {
    const { context, page } = await openPage(browser, url, {
      viewport: { width, height },
      hasTouch: width < 1400,
    });
    await page.goto(url);
    await page.waitForFunction(() => Boolean((window as unknown as ApiWindow).kneeExplorer));
    await page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.ready);
    await page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.select('superficial-mcl'));
    const free = await page.evaluate(() => (window as unknown as ApiWindow).kneeExplorer.unobstructed());
    const share = free ? (free.width * free.height) / (width * height) : 0;
    out.push(`${width}×${height} ${(share * 100).toFixed(0)}%`);
    await context.close();
  }
  return out;
};
