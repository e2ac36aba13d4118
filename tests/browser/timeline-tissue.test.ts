import { expect, it } from 'vitest';
import type { KneeExplorerApi } from '../../src/api/types';
import { describeInBrowser } from '../helpers/browser-fixture';
import { saveScreenshot } from '../helpers/session';
import { meanRgb, pixelDifference, TimelineApp } from '../helpers/timeline-app';

const days = [0, 2, 21, 90, 365];
const phaseWords: Record<string, RegExp> = {
  injection: /injection/i,
  inflammation: /inflammation/i,
  proliferation: /proliferation, in the healing model: repair cells would lay down new fibres/i,
  remodelling: /remodelling/i,
  baseline: /before treatment/i,
};

describeInBrowser('healing timeline: tissue over time', ({ open }) => {
  it('setDay changes the selected ligament on screen, and the readout and micro view follow', async () => {
    const { page, record, app } = await open(TimelineApp, {
      query: '?schedule=dumais-2012&s=superficial-mcl',
      reducedMotion: 'reduce',
    });
    await app.setView('medial');
    expect(await app.schedule()).toBe('dumais-2012');
    // The micro view appears once the timeline moves: find a point of the ligament it does not cover.
    await app.setDay(2);
    // Mid-span of the ligament: halfway between its two injection-site markers (femoral ea-1,
    // tibial ea-2), where the tissue changes most; the ends are capped and change little.
    const [top, bottom] = await page.evaluate(() => {
      const api = (window as unknown as { kneeExplorer: KneeExplorerApi }).kneeExplorer;
      return [api.projectSite('ea-1'), api.projectSite('ea-2')];
    });
    const point = top && bottom ? { x: (top.x + bottom.x) / 2, y: (top.y + bottom.y) / 2 } : null;
    expect(point, 'the superficial MCL markers are not both visible').not.toBeNull();
    if (!point) return;
    const at = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, point);
    expect(at, 'mid-span point is on the 3D view').toBe('CANVAS');
    const crops: number[][] = [];
    const cores: ReturnType<typeof meanRgb>[] = [];
    for (const day of days) {
      await app.setDay(day);
      // setDay resolves after the frame showing the day; the API, readout and micro view agree.
      expect(await app.day()).toBe(Math.min(day, 364));
      const h = await app.healing();
      const readout = await app.readout();
      expect(readout.phase).toBe(h.phase);
      expect(readout.text).toMatch(phaseWords[h.phase] ?? /$^/);
      await saveScreenshot(page, `timeline-day-${String(day).padStart(3, '0')}`);
      crops.push(await app.pixels(point, 32, true));
      cores.push(meanRgb(await app.pixels(point, 8, true))); // inside the ligament only
      const cells = await page.locator('.micro-view .cell').count();
      const thin = await page.locator('.micro-view .fibre.type-iii').count();
      const thick = await page.locator('.micro-view .fibre.type-i').count();
      const links = await page.locator('.micro-view .crosslink').count();
      if (day === 0) expect(await page.locator('.micro-view').count(), 'no inset at day 0').toBe(0);
      if (day === 2) expect(cells, 'inflammatory cells at day 2').toBeGreaterThan(3);
      if (day === 21) expect(thin, 'type III fibres in proliferation').toBeGreaterThan(3);
      if (day === 365) {
        expect(thick, 'type I fibres after a year').toBeGreaterThan(thin > 0 ? 0 : -1);
        expect(thick).toBeGreaterThanOrEqual(8);
        expect(links).toBeGreaterThan(5);
      }
    }
    // Every day looks different from the one before, and from the untreated start.
    for (let i = 1; i < crops.length; i++) {
      const [a, b, start] = [crops[i - 1] ?? [], crops[i] ?? [], crops[0] ?? []];
      expect(pixelDifference(a, b), `day ${days[i - 1]} → ${days[i]}`).toBeGreaterThan(1.5);
      expect(pixelDifference(start, b), `day 0 → ${days[i]}`).toBeGreaterThan(1.5);
    }
    // Inflammation is warm: red pulls ahead of green (the selection's orange has less of a lead).
    const [d0, d2] = [cores[0] ?? { r: 0, g: 0, b: 0 }, cores[1] ?? { r: 0, g: 0, b: 0 }];
    expect(d2.r - d2.g, `day 0 ${JSON.stringify(d0)}, day 2 ${JSON.stringify(d2)}`).toBeGreaterThan(
      d0.r - d0.g,
    );
    expect(record.consoleErrors).toEqual([]);
  });

  it('a given day is reproducible: the same day gives the same pixels', async () => {
    const { page, app } = await open(TimelineApp, {
      query: '?schedule=dumais-2012&s=superficial-mcl&day=21',
      reducedMotion: 'reduce',
    });
    const point = await app.project('superficial-mcl');
    expect(point).not.toBeNull();
    if (!point) return;
    const first = await app.pixels(point, 32, true);
    const micro = await page.locator('.micro-view svg').innerHTML();
    await app.setDay(200);
    await app.setDay(21);
    expect(pixelDifference(first, await app.pixels(point, 32, true))).toBeLessThan(0.5);
    expect(await page.locator('.micro-view svg').innerHTML()).toBe(micro);
  });

  it('says it is a model (review S1): caveat, thickening source and a caption on the 3D view', async () => {
    const { page, app } = await open(TimelineApp, {
      query: '?schedule=dumais-2012&s=superficial-mcl&day=21',
      reducedMotion: 'reduce',
    });
    const readout = page.locator('.tl-readout');
    const caveat = readout.locator('.tl-caveat');
    expect(await caveat.textContent()).toMatch(/after an injury, mostly seen in animals/);
    expect(await caveat.textContent()).toMatch(/measured pain and use of the knee, not the tissue/);
    expect(await caveat.locator('sup.cite a').count(), 'the caveat is cited').toBeGreaterThan(0);
    // The phase sentence is cited too, and every source sits in the readout's list.
    expect(await readout.locator('.tl-sentence sup.cite a').count()).toBeGreaterThan(0);
    const thickening = readout.getByText(/The thicker look comes from one rat study/);
    expect(await thickening.count()).toBe(1);
    await readout.locator('.tl-sources summary').click(); // "Show its N sources"
    for (const key of ['jensen-2008-injury', 'jensen-2008-inflammation', 'dumais-2012']) {
      expect(await readout.locator(`.source-list [data-source="${key}"]`).count(), key).toBe(1);
    }
    // On the 3D view itself, inside the free region, a caption says what the picture is.
    const caption = page.locator('[data-model-caption]');
    expect(await caption.textContent()).toMatch(/Healing model, not your knee.*one rat study/);
    const box = await caption.boundingBox();
    const free = await page.evaluate(() =>
      (window as unknown as { kneeExplorer: KneeExplorerApi }).kneeExplorer.unobstructed(),
    );
    expect(box && free && box.x >= free.x && box.x + box.width <= free.x + free.width + 1).toBe(true);
    // Clinicians get the precise version.
    await page.evaluate(() =>
      (window as unknown as { kneeExplorer: KneeExplorerApi }).kneeExplorer.setReadingLevel('clinician'),
    );
    await expect.poll(() => caveat.textContent()).toMatch(/not consistently larger than after saline/);
    expect(await readout.locator('.tl-sentence').textContent()).toMatch(/type III collagen/);
    await saveScreenshot(page, 'timeline-caveat');
    await app.setDay(0);
    expect(await caption.count(), 'no caption while nothing has changed').toBe(0);
    expect(await caveat.count(), 'the caveat stays at day 0').toBe(1);
  });

  it('an intra-articular-only schedule changes no ligament (review M5)', async () => {
    const { page, app } = await open(TimelineApp, {
      query: '?schedule=sit-2020&s=superficial-mcl',
      reducedMotion: 'reduce',
    });
    await app.setView('medial');
    const point = await app.project('superficial-mcl');
    expect(point).not.toBeNull();
    if (!point) return;
    await app.setDay(1);
    const start = await app.pixels(point, 24, true);
    for (const day of [2, 21, 200]) {
      await app.setDay(day);
      expect(pixelDifference(start, await app.pixels(point, 24, true)), `day ${day}`).toBeLessThan(0.5);
    }
    expect(await page.locator('.tl-readout .tl-progress').textContent()).toMatch(
      /injected only inside the joint\. No ligament or tendon was injected/,
    );
    expect(await page.locator('[data-model-caption]').count()).toBe(0);
  });
});
