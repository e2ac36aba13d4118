import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

const ACR_QUOTE = '“Prolotherapy is conditionally recommended against in patients with knee and/or hip OA.”';

describeInBrowser('what guidelines say (issue #9)', ({ open }) => {
  it('the evidence view shows the ACR/AF position in its exact words, with its citation', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'What the research says' }).click();
    const dialog = page.getByRole('dialog', { name: 'What the research says' });
    await dialog.waitFor();
    const section = dialog.getByRole('region', { name: 'What guidelines say' });
    const entry = section.locator('[data-guideline="acr-af-2019"]');
    expect(await entry.locator('.guideline-position').textContent()).toBe('Conditionally recommends against');
    const quote = entry.locator('blockquote');
    expect(await quote.textContent()).toContain(ACR_QUOTE);
    // The marker in the quotation leads to the guideline in the dialog's source list.
    const href = await quote.locator('sup.cite a').first().getAttribute('href');
    expect(href).toMatch(/^#evidence-source-\d+$/);
    const source = dialog.locator(href ?? '#none');
    expect(await source.getAttribute('data-source')).toBe('kolasinski-2020-acr-guideline');
    expect(await source.textContent()).toMatch(/Arthritis Care Res.*2020;72\(2\):149-162/);
    expect(await app.uncited('[data-evidence]')).toEqual([]);
    await entry.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'content-guidelines-evidence');
  });

  it('the osteoarthritis card carries the guideline at both reading levels', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    await app.showCondition('knee-osteoarthritis');
    const entry = page.locator('.card-panel [data-guideline="acr-af-2019"]');
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/advises against prolotherapy for knee and hip osteoarthritis/);
    expect(await entry.textContent()).toMatch(/talk over with your clinician/);
    expect(await app.uncited()).toEqual([]);
    await app.setReadingLevel('clinician');
    await expect.poll(() => entry.textContent()).toMatch(/Conditional \(GRADE\)/);
    expect(await entry.locator('blockquote').textContent()).toContain(ACR_QUOTE);
    expect(await app.uncited()).toEqual([]);
    // Only osteoarthritis: the guideline does not speak to the other conditions.
    await app.showCondition('chronic-mcl-sprain');
    await expect
      .poll(() => page.locator('.card-panel article[data-condition]').getAttribute('data-condition'))
      .toBe('chronic-mcl-sprain');
    expect(await page.locator('.card-panel [data-guideline]').count()).toBe(0);
    await saveScreenshot(page, 'content-guidelines-oa-card');
  });
});
