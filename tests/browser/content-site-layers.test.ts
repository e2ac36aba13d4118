import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';

describeInBrowser('injection-site markers and layers', ({ open }) => {
  it('a hidden layer hides the markers on its tissue; showing it brings them back', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
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
  });
});
