import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('what the research says', ({ open }) => {
  it('opens from the header with the key trials, their numbers, the limits and sources', async () => {
    const { page, record, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    expect(await page.locator('footer').textContent()).toMatch(/not medical advice/i);
    await page.getByRole('button', { name: 'What the research says' }).click();
    const dialog = page.getByRole('dialog', { name: 'What the research says' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Rabago 2013');
    expect(text).toContain('15.3 ± 3.5');
    expect(text).toContain('Sit 2020');
    expect(text).toContain('−9.65');
    expect(text).toMatch(/animal studies/);
    expect(text).toMatch(/hypothesis/);
    expect(text).toMatch(/modest/);
    expect(await app.uncited('[data-evidence]')).toEqual([]);
    expect(await app.clinicalCount('[data-evidence]')).toBeGreaterThan(10);
    expect(await dialog.locator('.badge-meta-analysis').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'content-evidence-view');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(record.foreignRequests).toEqual([]);
  });
});
