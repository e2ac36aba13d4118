import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { saveScreenshot } from '../helpers/session';
import { TourApp } from '../helpers/tour-app';

const ownTour = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('knee-explorer:own-tour') || 'null'));

/** Drops a file on the recorder the way a browser does: a drop event carrying a DataTransfer. */
const dropFile = async (page: Page, name: string, text: string): Promise<void> => {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: 'application/json' }));
      return dt;
    },
    [name, text],
  );
  await page.dispatchEvent('.own-tour', 'drop', { dataTransfer: transfer });
};

describeInBrowser('your own tour', ({ open }) => {
  it('records views as steps, edits and reorders, exports, imports back equal, and plays', async () => {
    const { page, record, app } = await open(TourApp, { reducedMotion: 'reduce', acceptDownloads: true });
    await page.getByRole('button', { name: 'Your own tour' }).click();
    const add = page.getByRole('button', { name: 'Add this view as a step' });
    await app.select('lcl');
    await app.setView('lateral');
    await add.click();
    await app.select(null);
    await app.setLayer('capsule', false);
    await app.setView('posterior');
    await add.click();
    await expect.poll(async () => (await ownTour(page))?.steps.length).toBe(2);
    await page.getByLabel('Step 2 title').fill('From behind');
    await page.getByLabel('Caption in plain words').nth(1).fill('The back of the knee, capsule hidden.');
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    const saved = await ownTour(page);
    expect(saved.steps.map((s: { caption: { title: string } }) => s.caption.title)).toEqual([
      'From behind',
      'Lateral collateral ligament (LCL)',
    ]);
    expect(saved.steps[0]).toMatchObject({ camera: { view: 'posterior' }, layers: { capsule: false } });
    expect(saved.steps[1]).toMatchObject({ select: 'lcl', camera: { frame: ['lcl'], view: 'lateral' } });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as a file' }).click(),
    ]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(saved);

    await page.getByRole('button', { name: 'Delete this tour' }).click();
    await expect.poll(() => ownTour(page)).toBeNull();
    await page.locator('.own-tour input[type="file"]').setInputFiles({
      name: 'mine.knee-tour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => ownTour(page)).toEqual(saved);

    await page.getByRole('button', { name: 'Play my tour' }).click();
    await expect.poll(() => app.tourStep()).toMatchObject({ tour: 'my-tour', index: 0, total: 2 });
    await expect.poll(() => app.view()).toBe('posterior');
    expect(await page.locator('.tour-own').first().textContent()).toMatch(/own words/);
    await saveScreenshot(page, 'own-tour-playing');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('refuses a malformed tour file, dropped or picked, and names the bad field', async () => {
    const { page, app } = await open(TourApp, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Your own tour' }).click();
    await app.select('acl');
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    const before = await page.evaluate(() => localStorage.getItem('knee-explorer:own-tour'));
    const bad = JSON.parse(before ?? '{}');
    bad.steps[0].timeline = { day: 900, schedule: 'rabago-2013' };
    await dropFile(page, 'bad.json', JSON.stringify(bad));
    const alert = page.getByRole('alert').filter({ hasText: 'was not loaded' });
    await expect.poll(() => alert.textContent()).toMatch(/bad\.json.*steps\[0\]\.timeline\.day/);
    await page.locator('.own-tour input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id": "x", "steps": ['),
    });
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json.*not a JSON file/);
    // Nothing is lost: the draft on the device is the one from before.
    expect(await page.evaluate(() => localStorage.getItem('knee-explorer:own-tour'))).toBe(before);
  });
});
