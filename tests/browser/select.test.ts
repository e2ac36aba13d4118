import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { LayoutApp } from '../helpers/layout-app';
import { saveScreenshot } from '../helpers/session';

// One of each kind, and the small ones a click could easily miss.
const targets = [
  'femur',
  'tibia',
  'fibula',
  'patella',
  'medial-meniscus',
  'superficial-mcl',
  'lcl',
  'patellar-tendon',
  'quadriceps-tendon',
  'iliotibial-band',
  'sartorius-tendon',
  'semimembranosus-tendon',
  'biceps-femoris-tendon',
  'medial-gastrocnemius',
  'joint-capsule',
];

describeInBrowser('selecting structures in 3D', ({ open }) => {
  it('a mouse click on a structure selects it and opens its card', async () => {
    // Reduced motion makes camera moves instant: this test is about picking, not easing.
    const { page, record, app } = await open(KneeApp, { reducedMotion: 'reduce' });
    const names = new Map<string, string>((await app.structures()).map((s) => [s.id, s.name]));
    const selected: string[] = [];
    for (const id of targets) {
      await app.select(null);
      const point = await app.findPoint(id);
      expect(point, `no visible point on ${id}`).not.toBeNull();
      if (!point) continue;
      await page.mouse.click(point.x, point.y);
      await expect.poll(() => app.selected(), { message: `clicking ${id}` }).toBe(id);
      expect(await app.cardTitle()).toBe(names.get(id));
      selected.push(id);
    }
    expect(selected.length).toBeGreaterThanOrEqual(12);
    expect(record.consoleErrors).toEqual([]);
  });

  it('clicking empty space clears the selection', async () => {
    const { page, app } = await open(LayoutApp, { query: '?s=lcl' });
    expect(await app.selected()).toBe('lcl');
    // A corner of the part of the 3D view no panel covers, far from the knee.
    const free = await app.unobstructed();
    expect(free).not.toBeNull();
    if (free) await page.mouse.click(free.x + free.width - 8, free.y + 8);
    await expect.poll(() => app.selected()).toBeNull();
  });

  it('a touch tap selects on a tablet', async () => {
    const { page, app } = await open(KneeApp, {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    const point = await app.findPoint('patellar-tendon');
    expect(point).not.toBeNull();
    if (point) await page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => app.selected()).toBe('patellar-tendon');
    await saveScreenshot(page, 'tablet-tap-patellar-tendon');
  });
});
