import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';

/**
 * Issue #10: the first 3D frame is drawn by a worker (src/first-frame/) before React and the
 * interactive view have loaded; the interactive view then draws the same picture in its place.
 */
const screens = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Counts `knee:ready` and every canvas.first-frame that ever enters the page, from the first script on. */
const watchFirstFrame = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __readyEvents: number; __stills: number };
    w.__readyEvents = 0;
    w.__stills = 0;
    window.addEventListener('knee:ready', () => {
      w.__readyEvents++;
    });
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLCanvasElement && n.matches('.first-frame')) w.__stills++;
    }).observe(document, { childList: true, subtree: true });
  });

const counts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __readyEvents: number; __stills: number };
    return {
      ready: w.__readyEvents,
      stills: w.__stills,
      now: document.querySelectorAll('canvas.first-frame').length,
    };
  });

/** Holds the interactive view's chunk back until `release()`: the worker's frame stays on screen meanwhile. */
const holdScene = async (page: Page): Promise<() => void> => {
  let release = (): void => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/assets\/KneeCanvas-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
};

/** The free region of the 3D view (no panel over it), in page px; texts over the view are hidden. */
const freeRegion = (page: Page): Promise<Box> =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.pointer-line, .stage-message'))
      el.style.visibility = 'hidden';
    const stage = [...document.querySelectorAll('.stage')].find((s) => s.checkVisibility());
    const css = getComputedStyle(document.documentElement);
    const px = (k: string) => Number.parseFloat(css.getPropertyValue(`--free-${k}`)) || 0;
    const r = stage?.getBoundingClientRect() ?? new DOMRect();
    return {
      x: r.x + px('x'),
      y: r.y + px('y'),
      width: px('width') || r.width,
      height: px('height') || r.height,
    };
  });

const shot = async (page: Page, name: string): Promise<PNG> => {
  await saveScreenshot(page, name);
  return PNG.sync.read(await page.screenshot());
};

/** The knee's box in a region: pixels warmer or darker than the pale, bluish backdrop. */
const kneeBox = (png: PNG, b: Box): Box & { ink: number } => {
  let [x0, y0, x1, y1, ink] = [Infinity, Infinity, -1, -1, 0];
  for (let y = Math.max(0, Math.round(b.y)); y < Math.min(png.height, Math.round(b.y + b.height)); y++) {
    for (let x = Math.max(0, Math.round(b.x)); x < Math.min(png.width, Math.round(b.x + b.width)); x++) {
      const i = (y * png.width + x) * 4;
      const [r = 0, bl = 0] = [png.data[i], png.data[i + 2]];
      if (!(r - bl > 8 || r < 190)) continue;
      ink++;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
    }
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, ink };
};

/** Share of a region's pixels that differ by more than 40 levels in a channel. */
const differing = (a: PNG, b: PNG, r: Box): number => {
  let [diff, all] = [0, 0];
  for (let y = Math.max(0, Math.round(r.y)); y < Math.min(a.height, Math.round(r.y + r.height)); y++) {
    for (let x = Math.max(0, Math.round(r.x)); x < Math.min(a.width, Math.round(r.x + r.width)); x++) {
      const i = (y * a.width + x) * 4;
      all++;
      if ([0, 1, 2].some((c) => Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > 40)) diff++;
    }
  }
  return all ? diff / all : 1;
};

describeInBrowser('the first 3D frame, drawn by a worker (issue #10)', ({ start }) => {
  for (const screen of screens) {
    const size = `${screen.width}x${screen.height}`;
    it(`${size}: the worker's frame is the knee in 3D before the interactive view, which then draws the same picture`, async () => {
      const { page, app, record } = await start(KneeApp, { viewport: screen });
      await watchFirstFrame(page);
      const release = await holdScene(page);
      await page.goto(app.baseUrl);
      await page.waitForFunction(() => (window as unknown as { __readyEvents: number }).__readyEvents > 0);
      // knee:ready came from the worker's frame: the interactive view has not loaded yet.
      expect(await counts(page)).toEqual({ ready: 1, stills: 1, now: 1 });
      expect(await page.locator('canvas.first-frame').isVisible()).toBe(true);
      await page.waitForFunction(() => 'kneeExplorer' in window);
      expect(await app.status()).toBe('loading');
      const free = await freeRegion(page);
      const still = await shot(page, `first-frame-${size}-worker`);
      const stillKnee = kneeBox(still, free);
      // Not a blank canvas: the knee covers a good part of the free region's short side.
      expect(stillKnee.height, JSON.stringify(stillKnee)).toBeGreaterThan(
        Math.min(free.width, free.height) * 0.6,
      );
      expect(stillKnee.ink).toBeGreaterThan(stillKnee.width * stillKnee.height * 0.3);

      release();
      await page.evaluate(
        () => (window as unknown as { kneeExplorer: { ready: Promise<void> } }).kneeExplorer.ready,
      );
      await app.animationFrames(30); // the poster's fade
      expect(await counts(page), 'the still is gone; knee:ready fired once').toEqual({
        ready: 1,
        stills: 1,
        now: 0,
      });
      expect(await app.status()).toBe('ready');
      await freeRegion(page);
      const live = await shot(page, `first-frame-${size}-interactive`);
      const liveKnee = kneeBox(live, free);
      // The same knee in the same place: no jump when the interactive view takes over.
      for (const k of ['x', 'y', 'width', 'height'] as const) {
        expect(
          Math.abs(liveKnee[k] - stillKnee[k]),
          `${k}: ${JSON.stringify([stillKnee, liveKnee])}`,
        ).toBeLessThanOrEqual(2);
      }
      expect(differing(still, live, free)).toBeLessThan(0.01);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    });
  }

  for (const sign of ['a mouse move', 'a key', 'a tap'] as const) {
    it(`the interactive view loads at the first sign of use (${sign}), not before`, async () => {
      const { page, app } = await start(KneeApp, { hasTouch: sign === 'a tap' });
      await watchFirstFrame(page);
      await page.goto(app.baseUrl);
      await page.waitForFunction(() => (window as unknown as { __readyEvents: number }).__readyEvents > 0);
      await page.waitForFunction(() => 'kneeExplorer' in window);
      await app.animationFrames(60);
      const sceneChunk = () =>
        page.evaluate(
          () =>
            performance.getEntriesByType('resource').filter((r) => /\/KneeCanvas-[\w-]+\.js$/.test(r.name))
              .length,
        );
      // Untouched, the page is the interface and the drawn knee: three.js and the scene are not fetched.
      expect(await sceneChunk()).toBe(0);
      expect(await app.status()).toBe('loading');
      expect(await page.locator('canvas.first-frame').isVisible()).toBe(true);
      if (sign === 'a mouse move') await page.mouse.move(600, 400);
      else if (sign === 'a key') await page.keyboard.press('Tab');
      else await page.touchscreen.tap(5, 300);
      await expect.poll(() => app.status(), { timeout: 30_000 }).toBe('ready');
      expect(await sceneChunk()).toBe(1);
      await expect.poll(() => page.locator('canvas.first-frame').count()).toBe(0);
    });
  }

  it('a tap on the drawn knee before the interactive view is up selects what it touched once the view is up', async () => {
    const { page, app } = await start(KneeApp, { viewport: { width: 390, height: 844 }, hasTouch: true });
    await watchFirstFrame(page);
    const release = await holdScene(page);
    await page.goto(app.baseUrl);
    await page.waitForFunction(() => (window as unknown as { __readyEvents: number }).__readyEvents > 0);
    const free = await freeRegion(page);
    const knee = kneeBox(await shot(page, 'first-frame-390x844-before-tap'), free);
    // The middle of the knee, a third of the way down: the patella and its tendon.
    const [x, y] = [knee.x + knee.width / 2, knee.y + knee.height / 3];
    await page.touchscreen.tap(x, y);
    expect(await app.status()).toBe('loading');
    release();
    await expect.poll(() => app.selected(), { timeout: 30_000 }).not.toBeNull();
    const replayed = await app.selected();
    // The same tap on the interactive view selects the same structure.
    await app.select(null);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => app.selected()).toBe(replayed);
  });

  it('a link that opens a card draws its first frame in the interactive view (no worker frame)', async () => {
    const { page, app } = await start(KneeApp);
    await watchFirstFrame(page);
    await app.open('?s=acl');
    expect(await counts(page)).toEqual({ ready: 1, stills: 0, now: 0 });
    expect(await app.selected()).toBe('acl');
  });

  it('without the worker (its script fails to load) the interactive view draws the first frame', async () => {
    const { page, app } = await start(KneeApp);
    await watchFirstFrame(page);
    await page.route(/\/assets\/worker-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await app.open();
    expect(await counts(page)).toEqual({ ready: 1, stills: 0, now: 0 });
    expect(await app.status()).toBe('ready');
    await app.select('patella');
    expect(await app.selected()).toBe('patella');
  });
});
