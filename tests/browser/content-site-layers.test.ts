import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ContentApp } from '../helpers/content-app';
import { launchBrowser, openPage } from '../helpers/session';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('injection-site markers and layers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(() => browser?.close());

  it('a hidden layer hides the markers on its tissue; showing it brings them back', async () => {
    const { page, context } = await openPage(browser, baseUrl, { reducedMotion: 'reduce' });
    const app = new ContentApp(page, baseUrl);
    await app.open();
    await page.getByLabel('Show all injection sites').check();
    const marker = (id: string) => page.locator(`[data-marker="${id}"]`);
    // ea-8 targets the patellar tendon (tendon layer) and faces the front.
    await expect.poll(() => marker('ea-8').count()).toBe(1);
    expect(await app.markerPoint('ea-8')).not.toBeNull();
    await app.setLayer('tendon', false);
    await expect.poll(() => marker('ea-8').count()).toBe(0);
    expect(await app.projectSite('ea-8')).toBeNull();
    expect(await page.locator('[data-marker]').count()).toBeGreaterThan(0);
    await app.setLayer('tendon', true);
    await expect.poll(() => marker('ea-8').count()).toBe(1);
    expect(await app.markerPoint('ea-8')).not.toBeNull();
    await context.close();
  });
});
