import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { tours as builtIn } from '../../src/content/tours';
import { describeInBrowser } from '../helpers/browser-fixture';
import { inside } from '../helpers/layout-app';
import { saveScreenshot } from '../helpers/session';
import { TourApp } from '../helpers/tour-app';

const projector = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' } as const;
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true } as const;

const axeViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
};

describeInBrowser('guided tours (issue #11)', ({ open }) => {
  it('lists the built-in tours (at least the four of the issue)', async () => {
    const { app } = await open(TourApp, projector);
    const listed = await app.tours();
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed).toEqual(builtIn.map((t) => ({ id: t.id, title: t.title, steps: t.steps.length })));
  });

  // One test per tour (each tour's screenshots at 1080p take a while on software rendering).
  it.each(builtIn.map((t) => [t.id, t.steps.length] as const))(
    'runs the tour %s end to end at 1920×1080 in presentation mode (%i steps), a screenshot per step',
    async (id, total) => {
      const { page, app, record } = await open(TourApp, projector);
      await app.setMode('present');
      await app.startTour(id);
      for (let n = 1; n <= total; n++) {
        if (n > 1) await app.nextStep();
        expect(await app.tourStep()).toEqual({ tour: id, index: n - 1, total });
        const url = new URL(page.url()).searchParams;
        expect([url.get('tour'), url.get('step')]).toEqual([id, String(n)]);
        await expect.poll(() => page.locator('.tour-bar').getAttribute('data-step')).toBe(String(n));
        expect(await app.captionTitle()).toBe(builtIn.find((t) => t.id === id)?.steps[n - 1]?.caption.title);
        for (const size of await app.fontSizes('.tour-caption, .tour-title, .tour-name, .tour-count')) {
          expect(size, `${id} step ${n}`).toBeGreaterThanOrEqual(28);
        }
        // The knee is on screen above the dock at every step (a blank canvas would not pass).
        const stats = await app.screen(await app.unobstructed());
        expect(stats.drawn, `${id} step ${n}: knee drawn`).toBeGreaterThan(0.02);
        await saveScreenshot(page, `tour-${id}-${n}`);
      }
      await app.nextStep(); // past the end: nothing changes
      expect((await app.tourStep())?.index).toBe(total - 1);
      await app.endTour();
      expect(await app.tourStep()).toBeNull();
      expect(await app.selected()).toBeNull();
      expect(record.consoleErrors).toEqual([]);
    },
    600_000,
  );

  it('a link with ?tour=…&step=… opens that step; clicker keys move the steps; axe clean', async () => {
    const { page: first, app: probe } = await open(TourApp, projector);
    const [tour] = await probe.tours();
    if (!tour) throw new Error('no tours');
    await first.close();
    const { page, app } = await open(TourApp, {
      ...projector,
      query: `?mode=present&tour=${tour.id}&step=3`,
    });
    await expect.poll(() => app.tourStep()).toEqual({ tour: tour.id, index: 2, total: tour.steps });
    await expect.poll(() => page.locator('.tour-bar').getAttribute('data-step')).toBe('3');
    // A step that opens a site faces its marker, even from a link read before the 3D view was up.
    const site = builtIn.find((t) => t.id === tour.id)?.steps[2]?.site;
    if (site) {
      await expect
        .poll(() => page.evaluate((i) => window.kneeExplorer?.projectSite(i) ?? null, site))
        .not.toBeNull();
    }
    await saveScreenshot(page, `tour-link-${tour.id}-3`);
    // Presenter notes stay closed in the room view until opened.
    const notes = page.locator('.tour-notes p');
    if (await notes.count()) expect(await notes.isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    const moves: [string, number][] = [
      ['PageDown', 3],
      ['ArrowRight', 4],
      ['Space', 5],
      ['PageUp', 4],
      ['ArrowLeft', 3],
    ];
    for (const [key, index] of moves) {
      await page.keyboard.press(key);
      await expect.poll(() => app.tourStep().then((s) => s?.index), { message: key }).toBe(index);
    }
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Step 4 of/ })
          .count(),
      )
      .toBe(1);
    await page.keyboard.press('b');
    await expect.poll(async () => (await app.screen()).black).toBeGreaterThan(0.999);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await app.screen()).black).toBeLessThan(0.5);
    expect((await app.tourStep())?.index).toBe(3);
  });

  it('in explore mode: the picker, the bar, keyboard only; steps ease, and do not with reduced motion', async () => {
    const { page, app } = await open(TourApp, { viewport: { width: 1366, height: 900 } });
    await page.getByRole('button', { name: 'Tours', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Guided tours' });
    await expect.poll(() => picker.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const [tour] = await app.tours();
    if (!tour) throw new Error('no tours');
    await picker.getByRole('button', { name: `Start ${tour.title}` }).click();
    await expect.poll(() => app.tourStep()).toEqual({ tour: tour.id, index: 0, total: tour.steps });
    expect(await picker.isVisible()).toBe(false);
    const bar = page.getByRole('region', { name: `Guided tour: ${tour.title}` });
    await expect.poll(() => bar.isVisible()).toBe(true);
    // The keyboard lands on Next: Enter moves on.
    await page.keyboard.press('Enter');
    await expect.poll(() => app.tourStep().then((s) => s?.index)).toBe(1);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Step 2 of/ })
        .count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tour-explore-1366');
    await bar.getByRole('button', { name: 'End tour' }).click();
    await expect.poll(() => app.tourStep()).toBeNull();

    // Steps ease: two frames into a move from one preset to another the camera is on its way…
    const turning = builtIn.find((t) => t.steps[0]?.camera.view !== t.steps[1]?.camera.view);
    if (!turning) throw new Error('no tour turns the camera between its first two steps');
    await app.startTour(turning.id);
    expect((await app.midMove()).apart).toBeGreaterThan(0.002);
    // …and with reduced motion it is there at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.startTour(turning.id);
    expect((await app.midMove()).apart).toBeLessThan(0.0002);
  });

  for (const [name, options] of [
    ['phone 390×844', phone],
    ['tablet 1024×768', tablet],
  ] as const) {
    it(`on a ${name}: the tour never covers the knee it frames`, async () => {
      const { page, app } = await open(TourApp, { ...options, reducedMotion: 'reduce' });
      const tours = await app.tours();
      const tour = tours.find((t) => t.id.includes('ligament')) ?? tours[0];
      if (!tour) throw new Error('no tours');
      await app.startTour(tour.id);
      let framed = 0;
      for (let n = 1; n <= Math.min(tour.steps, 4); n++) {
        if (n > 1) await app.nextStep();
        await expect.poll(() => page.locator('.tour-bar').getAttribute('data-step')).toBe(String(n));
        await expect.poll(() => page.locator('.tour-bar .tour-next').isVisible()).toBe(true);
        const free = await app.unobstructed();
        const id = await app.selected();
        if (id && free) {
          const point = await app.project(id);
          expect(point && inside(point, free), `${id} in the free region`).toBe(true);
          framed++;
        }
        expect((await app.screen(free)).drawn).toBeGreaterThan(0.02);
        await saveScreenshot(page, `tour-${name.split(' ')[0]}-${n}`);
      }
      expect(framed).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
