import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { structures } from '../../src/content/structures';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { layoutShift, recordLayoutShift } from '../helpers/layout-shift';
import { saveScreenshot } from '../helpers/session';

/** Issue #10: the first paint is the prerendered shell and a poster of the knee, before any script. */
const screens = [
  { name: 'phone', width: 390, height: 844, shell: 'bottom' },
  { name: 'laptop', width: 1280, height: 800, shell: 'side' },
] as const;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The visible poster's box and, inside it, the knee's box (the picture's opaque pixels), in page px. */
const posterBoxes = (page: Page, shell = '') =>
  page.evaluate(async (scope) => {
    const img = [...document.querySelectorAll<HTMLImageElement>(`${scope} img.poster`)].find(
      (i) => i.getBoundingClientRect().width > 0,
    );
    if (!img) return null;
    await img.decode();
    const r = img.getBoundingClientRect();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const g = c.getContext('2d');
    if (!g) return null;
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, c.width, c.height);
    const k = { x0: c.width, y0: c.height, x1: -1, y1: -1 };
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) < 128) continue;
      const [x, y] = [((i - 3) / 4) % c.width, Math.floor((i - 3) / 4 / c.width)];
      Object.assign(k, {
        x0: Math.min(k.x0, x),
        y0: Math.min(k.y0, y),
        x1: Math.max(k.x1, x),
        y1: Math.max(k.y1, y),
      });
    }
    const s = r.width / c.width;
    const knee = {
      x0: r.x + k.x0 * s,
      y0: r.y + k.y0 * s,
      x1: r.x + (k.x1 + 1) * s,
      y1: r.y + (k.y1 + 1) * s,
    };
    return { frame: { x0: r.x, y0: r.y, x1: r.right, y1: r.bottom }, knee, src: img.currentSrc };
  }, shell);

/** Pixels (RGBA) of a page screenshot. */
const pixels = async (page: Page): Promise<PNG> => PNG.sync.read(await page.screenshot());

/** Where two screenshots differ: the knee, when one has every layer on and the other every layer off. */
const changed = (a: PNG, b: PNG): Box => {
  const box = { x0: a.width, y0: a.height, x1: -1, y1: -1 };
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const d = [0, 1, 2].reduce(
        (m, c) => Math.max(m, Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0))),
        0,
      );
      if (d <= 24) continue;
      Object.assign(box, {
        x0: Math.min(box.x0, x),
        y0: Math.min(box.y0, y),
        x1: Math.max(box.x1, x + 1),
        y1: Math.max(box.y1, y + 1),
      });
    }
  }
  return box;
};

/** Share of a box's pixels that are not the stage's pale, bluish backdrop (warm or dark: the knee). */
const inked = (png: PNG, b: Box): number => {
  let [ink, all] = [0, 0];
  for (let y = Math.max(0, Math.round(b.y0)); y < Math.min(png.height, Math.round(b.y1)); y++) {
    for (let x = Math.max(0, Math.round(b.x0)); x < Math.min(png.width, Math.round(b.x1)); x++) {
      const i = (y * png.width + x) * 4;
      const [r = 0, bl = 0] = [png.data[i], png.data[i + 2]];
      all++;
      if (r - bl > 8 || r < 190) ink++;
    }
  }
  return all ? ink / all : 0;
};

const near = (a: Box, b: Box, px: number): boolean =>
  (['x0', 'y0', 'x1', 'y1'] as const).every((k) => Math.abs(a[k] - b[k]) <= px);

describeInBrowser('first paint without JavaScript (issue #10)', ({ start }) => {
  for (const screen of screens) {
    const viewport = { width: screen.width, height: screen.height };

    it(`${screen.name}: with scripts off, the shell and the poster are on screen`, async () => {
      const { page, app, record } = await start(KneeApp, { viewport, javaScriptEnabled: false });
      await page.goto(app.baseUrl);
      await page.waitForLoadState('load');
      // Without script the language cannot be known: the English copy (issue #12: Spanish ones stay hidden).
      const shell = page.locator(`[data-shell="${screen.shell}"]:not([lang])`);
      await expect.poll(() => shell.isVisible()).toBe(true);
      const shown = await page
        .locator('#root > .shell')
        .evaluateAll((s) => s.filter((e) => getComputedStyle(e).display !== 'none').length);
      expect(shown, 'one copy of the shell shows').toBe(1);
      expect(await shell.getByRole('heading', { level: 1 }).textContent()).toBe('Knee Explorer');
      expect(await shell.locator('.disclaimer').isVisible()).toBe(true);
      const listed = await shell
        .locator('button[data-structure]')
        .evaluateAll((b) => b.map((e) => e.textContent));
      expect(listed).toHaveLength(structures.length);
      expect(await page.locator('.noscript').isVisible(), 'says that scripts are needed').toBe(true);
      const boxes = await posterBoxes(page, `[data-shell="${screen.shell}"]`);
      expect(boxes, 'a visible, decoded poster').not.toBeNull();
      if (!boxes) return;
      expect(boxes.src).toContain(screen.width < screen.height ? 'knee-poster-portrait' : 'knee-poster-');
      await saveScreenshot(page, `shell-nojs-${screen.width}x${screen.height}`);
      const png = await pixels(page);
      expect(inked(png, boxes.knee), 'the knee is drawn, not blank').toBeGreaterThan(0.3);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    });

    it(`${screen.name}: the poster sits where the first 3D frame draws the knee, with no layout shift`, async () => {
      const { page, app } = await start(KneeApp, { viewport });
      await recordLayoutShift(page);
      await page.addInitScript(() => {
        const w = window as unknown as { __posterPaint: number };
        w.__posterPaint = Infinity;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
            if (e.element?.matches('img.poster')) w.__posterPaint = Math.min(w.__posterPaint, e.startTime);
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await app.open();
      expect(await layoutShift(page), 'cumulative layout shift through knee:ready').toBeLessThan(0.05);
      // createRoot replaced both prerendered copies with the one live app.
      expect(await page.locator('#root > .shell').count()).toBe(0);
      expect(await page.locator('.app').count()).toBe(1);
      // The app's entry and the 3D view are fetched only after the shell and the poster have painted.
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        poster: (window as unknown as { __posterPaint: number }).__posterPaint,
        code: performance
          .getEntriesByType('resource')
          .filter((r) => /\/assets\/(index|KneeCanvas)-[\w-]+\.js$/.test(r.name))
          .map((r) => r.startTime),
      }));
      expect(timing.code, 'entry and scene chunks').toHaveLength(2);
      expect(timing.poster, 'the poster is the largest paint').toBeLessThan(Infinity);
      expect(Math.max(timing.fcp, timing.poster)).toBeLessThan(Math.min(...timing.code));
      const poster = await posterBoxes(page);
      await app.animationFrames(30); // the poster's fade
      await saveScreenshot(page, `shell-ready-${screen.width}x${screen.height}`);
      const withKnee = await pixels(page);
      for (const c of ['bone', 'cartilage', 'meniscus', 'ligament', 'tendon', 'capsule'])
        await app.setLayer(c, false);
      await app.animationFrames(10);
      const knee = changed(withKnee, await pixels(page));
      expect(poster, 'the poster is still in the DOM (faded)').not.toBeNull();
      if (!poster) return;
      // React's poster is where the prerendered one was: the shell does not jump when the app takes over.
      const still = await start(KneeApp, { viewport, javaScriptEnabled: false });
      await still.page.goto(still.app.baseUrl);
      const shellPoster = await posterBoxes(still.page, `[data-shell="${screen.shell}"]`);
      expect(
        shellPoster && near(shellPoster.frame, poster.frame, 2),
        JSON.stringify([shellPoster, poster]),
      ).toBe(true);
      expect(
        near(poster.knee, knee, 4),
        `poster ${JSON.stringify(poster.knee)} vs 3D ${JSON.stringify(knee)}`,
      ).toBe(true);
    });
  }
});
