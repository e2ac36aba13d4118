import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { CameraPose, ScreenPoint } from '../../src/api/types';
import { describeInBrowser } from '../helpers/browser-fixture';
import { LayoutApp } from '../helpers/layout-app';

const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true, reducedMotion: 'reduce' } as const;

const distance = (pose: CameraPose | null): number => {
  if (!pose) return Number.NaN;
  const [px, py, pz] = pose.position;
  const [tx, ty, tz] = pose.target;
  return Math.hypot(px - tx, py - ty, pz - tz);
};

/** Two fingers pinching apart (or together) around a point, through real touch events. */
const pinch = async (page: Page, at: ScreenPoint, from: number, to: number): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  const points = (d: number) => [
    { x: at.x - d / 2, y: at.y, id: 1 },
    { x: at.x + d / 2, y: at.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let k = 1; k <= 8; k++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points(from + ((to - from) * k) / 8),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
};

/**
 * Two quick taps. The four touch events go down the DevTools pipe together (not one tap, wait, the
 * next), so a busy software renderer cannot stretch the gap between them past a double tap's window.
 */
const doubleTap = async (page: Page, at: ScreenPoint): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  const point = [{ x: at.x, y: at.y, id: 1 }];
  await Promise.all([
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point }),
    cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point }),
    cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
  ]);
};

describeInBrowser('touch, for a clinician with a patient beside them (issue #8)', ({ open }) => {
  it('a tap selects what it hits and leaves the camera where it is', async () => {
    const { page, app } = await open(LayoutApp, tablet);
    const before = await app.camera();
    const point = await app.project('patellar-tendon');
    expect(point).not.toBeNull();
    if (!point) return;
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => app.selected()).toBe('patellar-tendon');
    await app.animationFrames(10);
    expect(await app.camera()).toEqual(before);
  });

  it('a double tap turns to the structure and frames it', async () => {
    const { page, app } = await open(LayoutApp, tablet);
    const before = await app.camera();
    const point = await app.project('superficial-mcl');
    expect(point).not.toBeNull();
    if (!point) return;
    await doubleTap(page, point);
    await expect.poll(() => app.selected()).toBe('superficial-mcl');
    // From the front, the band is edge-on: the double tap turns the camera to face it.
    await expect.poll(() => app.view()).toBe('medial');
    expect(await app.camera()).not.toEqual(before);
  });

  it('a tap on empty space clears the selection and leaves the camera', async () => {
    const { page, app } = await open(LayoutApp, tablet);
    await app.select('lcl');
    const before = await app.camera();
    const free = await app.unobstructed();
    expect(free).not.toBeNull();
    if (!free) return;
    // The free region's top corner, far from the knee (the nearest-structure rule reaches 24 px).
    await page.touchscreen.tap(free.x + free.width - 10, free.y + 10);
    await expect.poll(() => app.selected()).toBeNull();
    expect(await app.camera()).toEqual(before);
  });

  it('two fingers pinch the camera closer and the page neither scrolls nor zooms', async () => {
    const { page, app } = await open(LayoutApp, tablet);
    const free = await app.unobstructed();
    expect(free).not.toBeNull();
    if (!free) return;
    const before = distance(await app.camera());
    await pinch(page, { x: free.x + free.width / 2, y: free.y + free.height / 2 }, 80, 320);
    await expect.poll(async () => distance(await app.camera())).toBeLessThan(before * 0.9);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY, window.visualViewport?.scale])).toEqual(
      [0, 0, 1],
    );
  });

  it('every control is at least 44 × 44 CSS px', async () => {
    const { page } = await open(LayoutApp, tablet);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, [role="tab"], [role="option"]')]
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ el, r }) => {
          // A checkbox's target is its label.
          const target = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.closest('label') : el;
          const t = target?.getBoundingClientRect() ?? r;
          return t.width < 44 || t.height < 44;
        })
        .map(
          ({ el, r }) =>
            `${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
  });
});
