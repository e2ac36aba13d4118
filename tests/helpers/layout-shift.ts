import type { Page } from 'playwright-core';

type ShiftWindow = Window & { __shift: number };

/** From the page's first script on, sums the layout shifts not caused by input (CLS, as Lighthouse counts it). */
export const recordLayoutShift = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.__shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
};

/** The layout shift recorded so far (recordLayoutShift first). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as ShiftWindow).__shift);
