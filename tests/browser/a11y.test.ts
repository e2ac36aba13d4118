import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('keyboard and screen reader', ({ open }) => {
  it('axe finds no violations, with and without a selection', async () => {
    const { page, app } = await open(KneeApp);
    const empty = await new AxeBuilder({ page }).analyze();
    expect(empty.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await app.select('mpfl');
    const withCard = await new AxeBuilder({ page }).analyze();
    expect(withCard.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('axe finds no violations on a condition card, a site card and the evidence view', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    const axe = async (what: string) => {
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${what}: ${v.id}: ${v.help}`)).toEqual([]);
    };
    await page.getByRole('tab', { name: 'Conditions' }).click();
    await app.showCondition('chronic-mcl-sprain');
    await axe('condition card');
    await page.getByRole('button', { name: 'Clinician', exact: true }).click();
    await app.selectSite('ea-1');
    await axe('site card');
    await page.getByRole('button', { name: 'What the research says' }).click();
    await page.getByRole('dialog').waitFor();
    await axe('evidence view');
  });

  it('search by a lay word, then choose with the keyboard alone', async () => {
    const { page, app } = await open(KneeApp);
    const names = await app.searchWithKeyboard('kneecap');
    expect(names.some((n) => /patella/i.test(n))).toBe(true);
    expect(names.length).toBeLessThanOrEqual(3);
    await app.searchWithKeyboard('inner knee ligament');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.selected()).toBe('superficial-mcl');
    expect(await app.noticeText()).toMatch(/superficial/i);
    await saveScreenshot(page, 'keyboard-search-selection');
  });
});
