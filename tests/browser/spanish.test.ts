import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { structures } from '../../src/content/structures';
import { describeInBrowser } from '../helpers/browser-fixture';
import { layoutShift, recordLayoutShift } from '../helpers/layout-shift';
import { saveScreenshot } from '../helpers/session';
import { SpanishApp } from '../helpers/spanish-app';

const axe = async (page: Page, what: string) => {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id}: ${v.help}`)).toEqual([]);
};

describeInBrowser('Spanish (issue #12)', ({ open, start }) => {
  it('a Spanish browser gets Spanish: interface, names, a structure card, <html lang>, axe clean', async () => {
    const { page, app, record } = await open(SpanishApp, { locale: 'es-MX', reducedMotion: 'reduce' });
    expect(await app.language()).toBe('es');
    expect(await app.htmlLang()).toBe('es');
    await expect.poll(() => page.locator('.app-footer').textContent()).toMatch(/no es consejo médico/);
    await app.select('patella');
    expect(await app.cardTitle()).toBe('Rótula (patela)');
    const card = page.locator('.card-panel [data-card="structure"]');
    await expect.poll(() => card.textContent()).toMatch(/Para qué sirve/);
    expect(await card.textContent()).toMatch(/palanca que ayuda al músculo a estirar la rodilla/);
    // Fully translated: no "shown in English" line, no English statement.
    expect(await card.locator('[data-untranslated]').count()).toBe(0);
    expect(await card.locator('[lang="en"]').count()).toBe(0);
    await axe(page, 'structure card');
    expect(await app.overflowing()).toEqual([]);
    await saveScreenshot(page, 'es-structure-1280x800');
    expect(record.consoleErrors).toEqual([]);
  });

  it('on a phone the switch is on screen, and the Spanish bar and card fit (390×844)', async () => {
    const { page, app } = await open(SpanishApp, {
      locale: 'es-ES',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    // In the sheet, not the slim bar (which scrolls sideways): a reader must see it without hunting.
    const box = await page.getByRole('button', { name: 'English' }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
    await saveScreenshot(page, 'es-sheet-390x844');
    await app.select('superficial-mcl');
    expect(await app.cardTitle()).toBe('Ligamento colateral medial superficial (LCM)');
    expect(await app.overflowing()).toEqual([]);
    await axe(page, 'phone');
    await saveScreenshot(page, 'es-structure-390x844');
  });

  // Every content path is translated now: a card and a dialog are wholly Spanish. (What is shown when a
  // translation is missing or stale, English marked lang="en" with a line saying so, is unit-tested in
  // content-es.test.ts.)
  it('a condition card and What to expect are wholly in Spanish, cited, axe clean', async () => {
    const { page, app } = await open(SpanishApp, { locale: 'es-ES', reducedMotion: 'reduce' });
    await app.showCondition('knee-osteoarthritis');
    expect(await app.cardTitle()).toBe('Artrosis de rodilla (desgaste de la articulación)');
    const card = page.locator('.card-panel [data-card="condition"]');
    await expect.poll(() => card.locator('[data-clinical]').count()).toBeGreaterThan(3);
    expect(await card.locator('[data-untranslated], [data-clinical][lang="en"]').count()).toBe(0);
    expect(await app.uncited()).toEqual([]);
    await axe(page, 'condition card');
    await saveScreenshot(page, 'es-condition-1280x800');
    // "What to expect" is wholly in Spanish, red flags included: no English line, no notice.
    await page.getByRole('button', { name: 'Qué esperar' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('[data-red-flags]').textContent()).toMatch(/Cuándo pedir ayuda/);
    expect(await dialog.locator('[data-untranslated], [lang="en"]').count()).toBe(0);
    await axe(page, 'what to expect');
    await saveScreenshot(page, 'es-expect-1280x800');
  });

  it('the switch changes the language with the keyboard, and the choice is remembered', async () => {
    const { page, app, record } = await open(SpanishApp, { locale: 'en-GB', reducedMotion: 'reduce' });
    expect(await app.language()).toBe('en');
    expect(await app.htmlLang()).toBe('en');
    // English readers never download the Spanish chunk.
    expect(record.requests.filter((u) => /es-pack/.test(u))).toEqual([]);
    await app.select('acl');
    const espanol = page.getByRole('button', { name: 'Español' }).first();
    expect(await espanol.getAttribute('lang')).toBe('es');
    await espanol.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.htmlLang()).toBe('es');
    await expect.poll(() => app.cardTitle()).toBe('Ligamento cruzado anterior (LCA)');
    expect(await espanol.getAttribute('aria-pressed')).toBe('true');
    await app.reload();
    expect(await app.language()).toBe('es');
    await app.setLanguage('en');
    expect(await app.htmlLang()).toBe('en');
    await expect.poll(() => app.cardTitle()).toBe('Anterior cruciate ligament (ACL)');
    await expect(app.setLanguage('fr')).rejects.toThrow(/unknown language/);
  });
  // Before any of the app's script: the boot script marks <html lang> with the app's rule, and the
  // shell's copy in that language (and layout) is the only one shown; the others are display: none.
  const shellCases = [
    { name: 'an es-ES phone', locale: 'es-ES', lang: 'es', phone: true },
    { name: 'an en-GB laptop', locale: 'en-GB', lang: 'en' },
    { name: 'an en-GB laptop with ?lang=es', locale: 'en-GB', query: '?lang=es', lang: 'es' },
    { name: 'an en-GB laptop that chose Spanish', locale: 'en-GB', stored: 'es', lang: 'es' },
    { name: 'an es-ES phone that chose English', locale: 'es-ES', stored: 'en', lang: 'en', phone: true },
  ] as const;
  for (const c of shellCases) {
    it(`before the app starts, ${c.name} sees the shell in ${c.lang}, axe clean`, async () => {
      const phone = 'phone' in c;
      const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
      const { page, app, record } = await start(SpanishApp, { locale: c.locale, viewport });
      if ('stored' in c) {
        await page.addInitScript((l) => localStorage.setItem('knee-explorer:language', l), c.stored);
      }
      await app.openShellOnly('query' in c ? c.query : '');
      expect(await app.htmlLang()).toBe(c.lang);
      const layout = phone ? 'bottom' : 'side';
      expect(await app.shownShells()).toEqual([`${layout} ${c.lang}`]);
      const shell = page.locator(
        `#root > .shell[data-shell="${layout}"]${c.lang === 'es' ? '[lang="es"]' : ':not([lang])'}`,
      );
      const disclaimer = c.lang === 'es' ? /no es consejo médico/ : /not medical advice/;
      expect(await shell.locator('.disclaimer').textContent()).toMatch(disclaimer);
      const names = await shell.locator('button[data-structure]').allTextContents();
      expect(names).toHaveLength(structures.length);
      expect(names).toContain(c.lang === 'es' ? 'Rótula (patela)' : 'Patella (kneecap)');
      await axe(page, `shell ${c.name}`);
      if (c.name === 'an es-ES phone') await saveScreenshot(page, 'shell-es-390x844');
      // Nothing of the Spanish chunk yet: the shell's strings are in the HTML.
      expect(record.requests.filter((u) => /es-pack/.test(u))).toEqual([]);
    });
  }

  it('the Spanish app replaces the Spanish shell with no layout shift', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const { page, app } = await start(SpanishApp, { locale: 'es-ES', viewport });
      await recordLayoutShift(page);
      await app.open();
      expect(await app.htmlLang()).toBe('es');
      expect(
        await layoutShift(page),
        `cumulative layout shift through knee:ready, ${viewport.width}px`,
      ).toBeLessThan(0.05);
      expect(await page.locator('#root > .shell').count()).toBe(0);
    }
  });
});
