import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { inside } from '../helpers/layout-app';
import { saveScreenshot } from '../helpers/session';
import { TourApp } from '../helpers/tour-app';

const projector = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' } as const;
const pes = ['pes-anserine-bursa', 'sartorius-tendon', 'gracilis-tendon', 'semitendinosus-tendon'];

/** Steps whose frame list is not just their card's structure (or that have no card at all). */
const cases = [
  { tour: 'ligaments-and-tendons', step: 11, ids: pes.slice(1), view: 'medial' },
  { tour: 'inner-knee-pain', step: 7, ids: pes, view: 'medial' },
  { tour: 'healing-timeline', step: 1, ids: ['superficial-mcl'], view: 'medial' },
] as const;

const distance = (pose: { position: number[]; target: number[] } | null): number => {
  if (!pose) throw new Error('no camera');
  return Math.hypot(...pose.position.map((v, i) => v - (pose.target[i] ?? 0)));
};

describeInBrowser('a tour step frames the structures it names', ({ open }) => {
  for (const { tour, step, ids, view } of cases) {
    it(`${tour} step ${step}: ${ids.join(', ')} together, from ${view}`, async () => {
      const { page, app, record } = await open(TourApp, {
        ...projector,
        query: `?mode=present&tour=${tour}&step=${step}`,
      });
      await expect.poll(() => app.tourStep().then((s) => s?.index)).toBe(step - 1);
      await app.animationFrames(10);
      await saveScreenshot(page, `tour-frame-${tour}-${step}`);
      expect(await app.view()).toBe(view);
      const free = await app.unobstructed();
      if (!free) throw new Error('no free region');
      const points = [];
      for (const id of ids) {
        const p = await app.project(id);
        expect(p && inside(p, free), `${id} at ${JSON.stringify(p)} inside ${JSON.stringify(free)}`).toBe(
          true,
        );
        if (p) points.push(p);
      }
      // The group fills a fair share of the free region: neither a speck nor past its edges.
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      expect(span / Math.min(free.width, free.height)).toBeLessThan(0.9);
      // Closer than the whole knee from the same preset (with nothing selected, a preset shows it all).
      const framed = distance(await app.camera());
      await app.select(null);
      await app.setView(view);
      expect(framed).toBeLessThan(distance(await app.camera()));
      expect(record.consoleErrors).toEqual([]);
    });
  }
});
