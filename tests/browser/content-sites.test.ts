import { expect, it } from 'vitest';
import { getSite, redFlags, sites } from '../../src/content';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('injection sites', ({ open }) => {
  it('lists the sites and opens a site card with its dose table', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    expect(await app.sites()).toEqual(sites.map((s) => ({ id: s.id, target: s.target, kind: s.kind })));
    await expect(app.selectSite('ea-99')).rejects.toThrow(/no site/);
    for (const s of sites) {
      await app.selectSite(s.id);
      const rows = await page.locator('.card-panel [data-dose-table] tbody tr').count();
      expect(rows, s.id).toBe(s.protocols.length);
      expect((await app.card())?.text).toContain(s.name);
      // Every site card carries the "When to get help" box (review finding M6).
      expect(await page.locator('.card-panel [data-red-flags]').count(), s.id).toBe(1);
    }
  });

  it('a site card shows "When to get help" at both reading levels, cited, and a nerve line for patients', async () => {
    const { page, record, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    await app.setReadingLevel('patient');
    await app.selectSite('ea-6'); // the LCL's fibular end, near the common peroneal nerve
    const box = page.locator('.card-panel [data-red-flags]');
    await box.scrollIntoViewIfNeeded();
    expect(await box.isVisible()).toBe(true);
    expect(await box.locator('h3').textContent()).toBe('When to get help');
    const patientText = (await box.textContent()) ?? '';
    expect(patientText).toContain(redFlags.body.patient.text);
    expect(patientText).toMatch(/fever/);
    expect(patientText).toMatch(/same day/);
    expect(await box.locator('.cite a[href^="#"]').count()).toBeGreaterThan(0);
    // Patients see a plain, cited nerve line; the named nerve is for clinicians.
    const card = (await app.card())?.text ?? '';
    expect(card).toContain('A nerve runs close by here');
    expect(card).not.toContain('Common peroneal');
    expect(await app.uncited()).toEqual([]);
    await saveScreenshot(page, 'content-site-card-red-flags-patient');

    await app.setReadingLevel('clinician');
    await expect.poll(async () => (await box.textContent()) ?? '').toMatch(/septic arthritis/);
    expect(await box.isVisible()).toBe(true);
    const clinicianCard = (await app.card())?.text ?? '';
    expect(clinicianCard).toContain('Common peroneal');
    expect(clinicianCard).not.toContain('A nerve runs close by here');
    expect(await app.uncited()).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('clicking a projected marker opens its site card, with the approach arrow', async () => {
    const { page, record, app } = await open(ContentApp, {
      query: '?s=superficial-mcl',
      reducedMotion: 'reduce',
    });
    // The selected structure's sites are shown (ea-1 and ea-2 target the superficial MCL).
    const site = getSite('ea-1');
    expect(site?.protocols.length).toBeGreaterThan(0);
    await app.setView('medial');
    const point = await app.markerPoint('ea-1');
    expect(point, 'ea-1 marker on screen (needs site anchors in knee.glb)').not.toBeNull();
    if (point) await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await app.card())?.kind).toBe('site');
    expect(await page.locator('.card-panel [data-site-card]').getAttribute('data-site-card')).toBe('ea-1');
    expect(await page.locator('.card-panel [data-dose-table] tbody tr').count()).toBeGreaterThan(0);
    await app.animationFrames(3);
    expect(await page.locator('[data-marker="ea-1"]').getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'content-site-card-ea-1');
    expect(record.consoleErrors).toEqual([]);
  });

  it('every site’s marker sits on an outer surface: seen from its own approach, a click opens it', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    await page.getByLabel('Show all injection sites').check();
    const missed: string[] = [];
    for (const s of sites) {
      await app.selectSite(s.id); // turns the camera to look down the site's normal
      await page.locator('.card-panel .card-close').click(); // back to the whole knee, same direction
      await app.select(null);
      const point = await app.markerPoint(s.id);
      if (!point) {
        const why = await page.evaluate((id) => {
          const el = document.querySelector(`[data-marker="${id}"]`);
          if (!el) return 'no marker';
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return `front=${el.getAttribute('data-front')} hit=${hit?.closest('[data-marker]')?.getAttribute('data-marker') ?? hit?.className}`;
        }, s.id);
        missed.push(`${s.id} ${why}`);
        continue;
      }
      await page.mouse.click(point.x, point.y);
      await expect
        .poll(() => page.locator('.card-panel [data-site-card]').getAttribute('data-site-card'))
        .toBe(s.id);
    }
    expect(missed).toEqual([]);
  });

  it('all markers from the toggle; those behind the knee are dimmed; each is a labelled button', async () => {
    const { page, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    expect(await page.locator('[data-marker]').count()).toBe(0);
    await page.getByLabel('Show all injection sites').check();
    await expect.poll(() => page.locator('[data-marker]').count()).toBeGreaterThan(8);
    const frontOf = (id: string) => page.locator(`[data-marker="${id}"]`).getAttribute('data-front');
    // The patellar-tendon site faces the front: in front from the front, behind the knee from the back.
    await app.setView('anterior');
    await expect.poll(() => frontOf('ea-8')).toBe('true');
    expect(await app.projectSite('ea-8')).not.toBeNull();
    await app.setView('posterior');
    await expect.poll(() => frontOf('ea-8')).toBe('false');
    expect(await app.projectSite('ea-8')).toBeNull();
    await saveScreenshot(page, 'content-all-sites-posterior');
    await app.setView('anterior');
    await expect.poll(() => frontOf('ea-8')).toBe('true');
    for (const label of await page
      .locator('[data-marker]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
      expect(label).toMatch(/^Injection site \d+: /);
    }
    await saveScreenshot(page, 'content-all-sites-anterior');
  });
});
