import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import type { Rect } from '../../src/api/types';
import { describeInBrowser } from '../helpers/browser-fixture';
import { saveScreenshot } from '../helpers/session';
import { TourApp } from '../helpers/tour-app';

const projector = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' } as const;
const LAYERS = ['bone', 'cartilage', 'meniscus', 'ligament', 'tendon', 'capsule'];

/** How many knee pixels each row of the free region holds: pixels that change when every layer goes. */
const kneeRows = (withKnee: Buffer, without: Buffer, free: Rect): number[] => {
  const [a, b] = [PNG.sync.read(withKnee), PNG.sync.read(without)];
  const rows: number[] = [];
  for (let y = Math.ceil(free.y); y < Math.min(a.height, free.y + free.height); y++) {
    let n = 0;
    for (let x = Math.ceil(free.x); x < Math.min(a.width, free.x + free.width); x++) {
      const i = (y * a.width + x) * 4;
      let d = 0;
      for (let c = 0; c < 3; c++) d += Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0));
      if (d > 12) n++;
    }
    rows.push(n);
  }
  return rows;
};

/** Labels and site markers are DOM over the view: out of the way, so only the 3D view is compared. */
const hideOverlays = (page: Page): Promise<void> =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.labels, .site-markers')) {
      el.style.visibility = 'hidden';
    }
  });

describeInBrowser('presentation mode draws the whole knee above the dock', ({ open }) => {
  const steps: [string, number][] = [
    ['what-to-expect', 3],
    ['inner-knee-pain', 6],
  ];
  for (const [tour, step] of steps) {
    it(`${tour} step ${step} at 1920×1080: knee pixels reach the top of the view, not a cut line`, async () => {
      const { page, app, record } = await open(TourApp, {
        ...projector,
        query: `?mode=present&tour=${tour}&step=${step}`,
      });
      await expect.poll(() => app.tourStep().then((s) => s?.index)).toBe(step - 1);
      const dock = page.getByRole('region', { name: 'Presentation mode' });
      await expect.poll(() => dock.isVisible()).toBe(true);
      const free = await app.unobstructed();
      const dockBox = await dock.boundingBox();
      if (!free || !dockBox) throw new Error('no free region or dock');
      // The canvas, not a panel, is on top over the upper part of the view.
      const top = await page.evaluate(() => document.elementFromPoint(960, 40)?.tagName);
      expect(top).toBe('CANVAS');
      await app.animationFrames(10);
      await saveScreenshot(page, `present-cut-${tour}-${step}`);
      await hideOverlays(page);
      await app.animationFrames(5);
      const withKnee = await page.screenshot();
      for (const layer of LAYERS) await app.setLayer(layer, false);
      await app.animationFrames(10);
      const withoutKnee = await page.screenshot();
      const rows = kneeRows(withKnee, withoutKnee, free);
      const band = (from: number, to: number) =>
        rows.slice(Math.round(from * rows.length), Math.round(to * rows.length)).reduce((s, n) => s + n, 0);
      // The knee fills the view from top to bottom at these close framings: every third of the free
      // region holds plenty of it. The cut left the top strip (as tall as the dock) empty.
      const gap = dockBox.height / free.height;
      expect(band(0, gap), `knee pixels in the top ${Math.round(gap * 100)} % of the view`).toBeGreaterThan(
        20_000,
      );
      const first = rows.findIndex((n) => n > 20);
      expect(first, 'first row with knee pixels').toBeLessThan(0.1 * rows.length);
      expect(band(gap, 1)).toBeGreaterThan(20_000);
      expect(record.consoleErrors).toEqual([]);
    });
  }
});
