import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { getCondition, redFlags } from '../../src/content';
import { structureName } from '../../src/content/structure-names';
import { describeInBrowser } from '../helpers/browser-fixture';
import { HandoutApp } from '../helpers/handout-app';
import { saveScreenshot } from '../helpers/session';

/** The handout's chunk (it carries the QR library): fetched on demand only. */
const handoutChunk = /\/assets\/Handout-[\w-]+\.js$/;

describeInBrowser('take-home handout (issue #12)', ({ open }) => {
  it('a structure: picture, card, red flags and a QR code of this view on A4 and Letter, axe clean, PDF', async () => {
    const { page, record, app } = await open(HandoutApp, {
      query: '?s=superficial-mcl',
      reducedMotion: 'reduce',
    });
    expect(record.requests.filter((u) => handoutChunk.test(u))).toEqual([]);
    await app.handout();
    expect(record.requests.filter((u) => handoutChunk.test(u))).toHaveLength(1);
    // On screen nothing changes: the handout exists only in print.
    expect(await app.sheet.isVisible()).toBe(false);

    await app.asPaper('a4');
    expect(await page.locator('.app').isVisible()).toBe(false);
    expect(await app.sheet.isVisible()).toBe(true);
    const link = page.url();
    expect(link).toContain('s=superficial-mcl');
    expect(await app.sheet.locator('svg[data-link]').getAttribute('data-link')).toBe(link);
    expect(await app.screenshotQr('handout-structure-a4')).toBe(link);
    await saveScreenshot(page, 'handout-structure-a4-full', { fullPage: true });

    const card = app.sheet.locator('[data-card="structure"]');
    expect((await card.locator('h2').textContent())?.trim()).toBe(structureName('superficial-mcl'));
    expect(await card.locator('.source-list li').count()).toBeGreaterThan(0);
    expect(await app.uncited('[data-handout]')).toEqual([]);
    const flags = app.sheet.locator('[data-red-flags]');
    expect(await flags.count()).toBe(1);
    expect(await flags.textContent()).toContain(redFlags.body.patient.text);
    expect(await flags.isVisible()).toBe(true);
    // No controls on paper.
    expect(await app.sheet.locator('button, input, select, [role="button"]').count()).toBe(0);
    const spread = await app.pictureSpread();
    expect(spread.deviation, 'a blank picture').toBeGreaterThan(8);
    expect(spread.colours).toBeGreaterThan(40);
    expect(await app.sheet.locator('.handout-sites li').count()).toBeGreaterThan(0);
    expect((await app.sheet.textContent()) ?? '').toMatch(/For education only, not medical advice/);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await app.asPaper('letter');
    expect(await app.screenshotQr('handout-structure-letter')).toBe(link);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await app.pdfPages(format, `handout-structure-${format.toLowerCase()}`);
      expect(pdf.header, format).toBe('%PDF-');
      expect(pdf.pages, format).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, format).toBeLessThanOrEqual(4);
      // The picture is in it (a text-only page is a few tens of KB).
      expect(pdf.bytes, format).toBeGreaterThan(60_000);
    }
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('a condition at clinician level with the user’s session dates and the sites shown', async () => {
    const { page, record, app } = await open(HandoutApp, {
      query: '?level=clinician&sessions=2026-01-05,2026-02-02',
      reducedMotion: 'reduce',
    });
    await app.showCondition('chronic-mcl-sprain');
    const shownOnScreen = await page
      .locator('[data-marker]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-marker')));
    await app.handout();
    await app.asPaper('a4');
    const link = page.url();
    expect(link).toContain('level=clinician');
    expect(await app.screenshotQr('handout-condition-a4')).toBe(link);
    await saveScreenshot(page, 'handout-condition-a4-full', { fullPage: true });

    const condition = getCondition('chronic-mcl-sprain');
    const card = app.sheet.locator('[data-card="condition"]');
    expect((await card.locator('h2').textContent())?.trim()).toBe(condition?.name.clinical);
    expect((await card.textContent()) ?? '').toContain(condition?.clinicianNote[0]?.text ?? '?');
    expect(await app.uncited('[data-handout]')).toEqual([]);
    expect(await app.sheet.locator('[data-red-flags]').textContent()).toMatch(/septic arthritis/);
    const printedSites = await app.sheet
      .locator('.handout-sites li')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-site')));
    expect(printedSites.length).toBeGreaterThan(0);
    expect(printedSites).toEqual(shownOnScreen);
    expect(await app.sheet.locator('.handout-marker').count()).toBeGreaterThan(0);
    const dates = await app.sheet.locator('.handout-sessions time').allTextContents();
    expect(dates).toEqual(['January 5, 2026', 'February 2, 2026']);
    expect((await app.pictureSpread()).deviation).toBeGreaterThan(8);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await app.asPaper('letter');
    expect(await app.screenshotQr('handout-condition-letter')).toBe(link);
    expect(record.foreignRequests).toEqual([]);
  });

  it('the button works from the keyboard: prints the handout, which leaves the page after printing', async () => {
    const { page, app } = await open(HandoutApp, { query: '?s=acl' });
    // Headless Chromium has no print dialog: the stub records the call (and what was on the page
    // then), and the test ends "printing" by hand. It waits for that call, not for a time.
    await page.evaluate(() => {
      const w = window as unknown as { printed: Promise<number> };
      w.printed = new Promise((resolve) => {
        window.print = () => resolve(document.querySelectorAll('[data-handout] .handout-frame img').length);
      });
    });
    const button = page.getByRole('button', { name: 'Print or save as PDF' });
    await button.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: Promise<number> }).printed)).toBe(1);
    expect(await app.sheet.count()).toBe(1);
    expect(await app.sheet.locator('[data-card="structure"] h2').textContent()).toBe(structureName('acl'));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => app.sheet.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print or save as PDF');
  });
});
