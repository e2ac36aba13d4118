import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { procedureFacts, redFlags } from '../../src/content';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('what to expect', ({ open }) => {
  it('opens from the header: every fact cited or marked unconfirmed, at both depths, axe clean', async () => {
    const { page, record, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'What to expect' }).click();
    const dialog = page.getByRole('dialog', { name: 'What to expect' });
    await dialog.waitFor();

    // Each fact: a section whose text carries [n] markers that resolve, or a visible unconfirmed flag.
    const facts = () =>
      page.$$eval('[data-expect] [data-fact]', (els) =>
        els.map((el) => ({
          id: el.getAttribute('data-fact') ?? '',
          cited: [...el.querySelectorAll('[data-clinical] .cite a[href^="#"]')].some((a) =>
            document.getElementById(a.getAttribute('href')?.slice(1) ?? ''),
          ),
          flagged: el.querySelector('[data-unconfirmed]') !== null,
        })),
      );
    const check = async () => {
      const shown = await facts();
      expect(shown.map((f) => f.id).sort()).toEqual(procedureFacts.map((f) => f.id).sort());
      expect(shown.filter((f) => !f.cited && !f.flagged)).toEqual([]);
      expect(shown.filter((f) => f.flagged).map((f) => f.id)).toEqual(
        procedureFacts.filter((f) => f.unconfirmed).map((f) => f.id),
      );
      expect(await app.uncited('[data-expect]')).toEqual([]);
    };
    await check();
    const flag = dialog.locator('[data-unconfirmed]').first();
    expect(await flag.isVisible()).toBe(true);
    expect(await flag.textContent()).toMatch(/not confirmed by a source we could check/i);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/3 to 6 sessions/);
    expect(text).toMatch(/lidocaine/);
    expect(text).toMatch(/paracetamol/);
    expect(await dialog.locator('.source-list li').count()).toBeGreaterThan(10);
    expect(await dialog.locator('.source-list .badge').count()).toBeGreaterThan(10);

    // "When to get help" (review finding M6): a marked box with its own heading and citation.
    const redFlagBox = dialog.locator('[data-red-flags]');
    expect(await redFlagBox.count()).toBe(1);
    await redFlagBox.scrollIntoViewIfNeeded();
    expect(await redFlagBox.isVisible()).toBe(true);
    expect(await redFlagBox.locator('h3').textContent()).toBe('When to get help');
    expect(await redFlagBox.textContent()).toContain(redFlags.body.patient.text);
    expect(await redFlagBox.locator('.cite a[href^="#"]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'content-what-to-expect-red-flags');
    await dialog.locator('h3').first().scrollIntoViewIfNeeded();

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await saveScreenshot(page, 'content-what-to-expect');
    await dialog.locator('[data-unconfirmed]').first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'content-what-to-expect-unconfirmed');

    // The dialog's own switch changes the depth of every fact.
    await dialog.getByRole('button', { name: 'Clinician', exact: true }).click();
    await expect.poll(async () => (await dialog.textContent()) ?? '').toMatch(/WOMAC/);
    await check();
    expect(await redFlagBox.textContent()).toMatch(/septic arthritis/);
    expect(await redFlagBox.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(record.foreignRequests).toEqual([]);
  });
});
