import { expect, it } from 'vitest';
import { defaultLayers } from '../../src/content/schema';
import { describeInBrowser } from '../helpers/browser-fixture';
import { inside, LayoutApp, looksSelected } from '../helpers/layout-app';
import { saveScreenshot } from '../helpers/session';

/** Issue #8's screens: phones and tablets are touch devices. Goal: free share with a card open. */
const screens = [
  { name: 'phone', width: 390, height: 844, touch: true, goal: 0.55 },
  { name: 'tablet-portrait', width: 768, height: 1024, touch: true, goal: 0.55 },
  { name: 'tablet-landscape', width: 1024, height: 768, touch: true, goal: 0.7 },
  { name: 'ipad-pro', width: 1366, height: 1024, touch: true, goal: 0.7 },
  { name: 'laptop', width: 1280, height: 800, touch: false, goal: 0.7 },
  { name: 'projector', width: 1920, height: 1080, touch: false, goal: 0.7 },
] as const;

/** A flat band seen face-on, a tendon in front, a tendon behind: each must be framed and drawn. */
const structures = ['superficial-mcl', 'patellar-tendon', 'popliteus-tendon'] as const;

describeInBrowser('the knee is the page (issue #8)', ({ open }) => {
  for (const screen of screens) {
    it(`${screen.name} ${screen.width}×${screen.height}: a selection is framed in the free region and drawn`, async () => {
      const { page, app } = await open(LayoutApp, {
        viewport: { width: screen.width, height: screen.height },
        hasTouch: screen.touch,
      });
      for (const id of structures) {
        await app.select(id);
        const free = await app.unobstructed();
        expect(free, 'unobstructed()').not.toBeNull();
        if (!free) continue;
        expect(await app.freeShare(), `free share with ${id}'s card open`).toBeGreaterThanOrEqual(
          screen.goal,
        );
        const point = await app.project(id);
        expect(point, `${id} has a clickable point`).not.toBeNull();
        if (!point) continue;
        expect(inside(point, free), `${id} at ${point.x},${point.y} inside the free region`).toBe(true);
        // The blank-canvas bug drew frames that never reached the screen: read the composited pixels.
        const patch = await app.patchAt(point);
        expect(looksSelected(patch), `${id} drawn at its point: ${JSON.stringify(patch)}`).toBe(true);
        await saveScreenshot(page, `layout-${screen.name}-${id}`);
      }
      // With the timeline unfolded the knee still has half the screen.
      await page.getByRole('button', { name: /Healing timeline/ }).click();
      expect(await app.freeShare(), 'free share with the timeline open').toBeGreaterThanOrEqual(0.5);
      await saveScreenshot(page, `layout-${screen.name}-timeline`);
    });
  }

  it('the bottom sheet snaps by keyboard and by drag, and the knee keeps the space above it', async () => {
    const { page, app } = await open(LayoutApp, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      query: '?s=patellar-tendon',
    });
    const sheet = page.locator('.sheet');
    const handle = page.locator('.sheet-handle');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek');
    const atPeek = await app.freeShare();
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    await expect.poll(() => app.freeShare()).toBeLessThan(atPeek - 0.1);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('full');
    await page.keyboard.press('Enter');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek');
    // Drag the handle up by half the screen: it lets go at the nearest snap.
    const box = await handle.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 220, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    await expect.poll(() => app.freeShare()).toBeLessThan(atPeek - 0.1);
  });

  it('every structure can be picked from at least one preset view (nothing selected)', async () => {
    const { app } = await open(LayoutApp, { reducedMotion: 'reduce' });
    const missing: string[] = [];
    for (const { id, category } of await app.structures()) {
      // The neighbours' layers start off (issue #13): each is checked with its own layer on.
      const off = defaultLayers[category] === false;
      if (off) await app.setLayer(category, true);
      if (!(await app.findPoint(id))) missing.push(id);
      if (off) await app.setLayer(category, false);
    }
    expect(missing).toEqual([]);
  });

  it('a link to a flat band opens facing it, not edge-on', async () => {
    const { page, app } = await open(LayoutApp, { query: '?s=superficial-mcl' });
    expect(await app.view()).toBe('medial');
    const point = await app.project('superficial-mcl');
    expect(point).not.toBeNull();
    if (point) expect(looksSelected(await app.patchAt(point))).toBe(true);
    await saveScreenshot(page, 'layout-link-smcl');
  });
});
