import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { saveScreenshot } from '../helpers/session';
import { TourApp } from '../helpers/tour-app';

const projector = { viewport: { width: 1920, height: 1080 } } as const;

const axeViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
};

describeInBrowser('presentation mode on a projector (issue #11)', ({ open }) => {
  it('from the API: the knee, large high-contrast type, no panels; axe clean', async () => {
    const { page, app, record } = await open(TourApp, projector);
    await app.select('superficial-mcl');
    await app.setDay(42); // the model caption shows from day 1
    await app.setMode('present');
    expect(await app.mode()).toBe('present');
    const dock = page.getByRole('region', { name: 'Presentation mode' });
    await expect.poll(() => dock.isVisible()).toBe(true);
    expect(await page.locator('.sheet').isVisible()).toBe(false);
    expect(await page.locator('.app-bar').filter({ visible: true }).count()).toBe(0);
    // Labels are always on (no hover-only names), and every label and caption reads across a room.
    await expect.poll(async () => (await app.fontSizes('[data-label]')).length).toBeGreaterThan(1);
    const labels = await app.fontSizes('[data-label]');
    for (const size of labels) expect(size).toBeGreaterThanOrEqual(28);
    const captions = await app.fontSizes('[data-model-caption], [data-model-caption] *');
    expect(captions.length).toBeGreaterThan(0);
    for (const size of captions) expect(size).toBeGreaterThanOrEqual(28);
    for (const size of await app.fontSizes('.present-dock .button')) expect(size).toBeGreaterThanOrEqual(28);
    // High contrast: white on black.
    const colours = await page.locator('.present-dock').evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.color, s.backgroundColor];
    });
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    // The knee is drawn in the free region above the dock (a blank canvas would not pass).
    const free = await app.unobstructed();
    const dockBox = await dock.boundingBox();
    expect(free && dockBox && free.y + free.height <= dockBox.y + 1).toBe(true);
    expect((await app.screen(free)).drawn).toBeGreaterThan(0.05);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'present-1920-smcl');
    await app.setMode('explore');
    await expect.poll(() => page.locator('.sheet').isVisible()).toBe(true);
    expect(record.consoleErrors).toEqual([]);
  });

  it('from a link (?mode=present), and with the key P (not while typing)', async () => {
    const { page, app } = await open(TourApp, { ...projector, query: '?mode=present' });
    expect(await app.mode()).toBe('present');
    await expect.poll(() => page.getByRole('region', { name: 'Presentation mode' }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.keyboard.press('Escape');
    await expect.poll(() => app.mode()).toBe('explore');
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();

    await page.getByRole('searchbox').fill('p');
    await page.getByRole('searchbox').press('p');
    expect(await app.mode()).toBe('explore');
    await page.getByRole('searchbox').blur();
    await page.keyboard.press('p');
    await expect.poll(() => app.mode()).toBe('present');
    await page.keyboard.press('p');
    await expect.poll(() => app.mode()).toBe('explore');
    // And the button in the bar.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => app.mode()).toBe('present');
  });

  it('clicker keys step the views; B blanks the screen (black pixels); Esc leaves', async () => {
    const { page, app } = await open(TourApp, { ...projector, reducedMotion: 'reduce' });
    await app.setMode('present');
    await expect.poll(() => page.getByRole('region', { name: 'Presentation mode' }).isVisible()).toBe(true);
    const steps: [string, string][] = [
      ['PageDown', 'medial'],
      ['ArrowRight', 'posterior'],
      [' ', 'lateral'],
      ['PageUp', 'posterior'],
      ['ArrowLeft', 'medial'],
    ];
    for (const [key, view] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => app.view(), { message: key }).toBe(view);
    }
    const before = await app.screen();
    expect(before.black).toBeLessThan(0.5);

    await page.keyboard.press('b');
    await expect.poll(async () => (await app.screen()).black).toBeGreaterThan(0.999);
    await saveScreenshot(page, 'present-1920-blank');
    await page.keyboard.press('b');
    await expect.poll(async () => (await app.screen()).black).toBeLessThan(0.5);
    // A clicker key while blank only shows the screen again: the view stays.
    await page.keyboard.press('B');
    await expect.poll(async () => (await app.screen()).black).toBeGreaterThan(0.999);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await app.screen()).black).toBeLessThan(0.5);
    expect(await app.view()).toBe('medial');

    await page.keyboard.press('Escape');
    await expect.poll(() => app.mode()).toBe('explore');
    await expect.poll(() => page.locator('.sheet').isVisible()).toBe(true);
    // Outside presentation mode, the clicker keys and B do nothing.
    await page.keyboard.press('b');
    await page.keyboard.press('PageDown');
    expect(await app.view()).toBe('medial');
    expect((await app.screen()).black).toBeLessThan(0.5);
  });
});
