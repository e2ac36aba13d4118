import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, inject, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { copyOfApp, PwaApp, recordCspViolations } from '../helpers/pwa-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('offline and installable', ({ start, open }) => {
  it('after one visit, a reload with the network off shows the knee, every card and the research', async () => {
    const { page, context, record, app } = await start(PwaApp, {
      reducedMotion: 'reduce',
      serviceWorkers: 'allow',
    });
    await recordCspViolations(page);
    await app.open();

    // The worker is registered from the app's base, takes control, and has cached everything.
    const worker = await app.serviceWorkerControls();
    expect(worker.scope).toBe(app.baseUrl);
    expect(worker.script).toBe(`${app.baseUrl}sw.js`);
    const manifest = await app.precacheManifest();
    const cached = await app.precache();
    expect(cached.urls).toEqual(manifest);
    expect(cached.urls).toEqual(
      expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/favicon.ico', '/icons/icon-512.png']),
    );
    expect(cached.urls.some((u) => /^\/assets\/knee-[\w-]+\.glb$/.test(u))).toBe(true);
    console.info(`precache: ${cached.urls.length} files, ${Math.round(cached.bytes / 1024)} KB`);

    await context.setOffline(true);
    // Really offline, for the page and the worker: what is not cached fails.
    const uncached = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.json`).then(
        (r) => r.status,
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    // That failure was the point; from here on, any console error is a real one.
    expect(record.consoleErrors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    record.consoleErrors.splice(0);
    await page.reload();
    await page.waitForFunction(() => 'kneeExplorer' in window);
    await page.evaluate(() => window.kneeExplorer?.ready);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => window.kneeExplorer?.status())).toBe('ready');

    // A structure, from the list and on the 3D (the structure card is a lazy chunk).
    await app.chooseFromList('Patella');
    await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(/patella/i);
    await app.select('superficial-mcl');
    expect(await app.selected()).toBe('superficial-mcl');
    expect((await app.card())?.text).toMatch(/ligament/i);
    // A condition card and a site card (lazy chunks too).
    await app.showCondition('knee-osteoarthritis');
    expect((await app.card())?.kind).toBe('condition');
    expect((await app.card())?.text).toMatch(/osteoarthritis/i);
    await app.selectSite('ea-6');
    expect((await app.card())?.kind).toBe('site');
    expect(await app.uncited()).toEqual([]);
    await saveScreenshot(page, 'offline-site-card');
    // What the research says (its body is a lazy chunk).
    await page.getByRole('button', { name: 'What the research says' }).click();
    const dialog = page.getByRole('dialog', { name: 'What the research says' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Rabago 2013');
    await saveScreenshot(page, 'offline-research');
    await page.keyboard.press('Escape');

    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);
  });

  it('is installable: a manifest with name, standalone display, the app colours and icons', async () => {
    const { page, app } = await open(PwaApp, { serviceWorkers: 'allow' });
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = await (await page.request.get(`${app.baseUrl}manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Knee Explorer',
      short_name: 'Knee Explorer',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#eef2f5',
      theme_color: '#ffffff',
    });
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const res = await page.request.get(new URL(icon.src, `${app.baseUrl}manifest.webmanifest`).href);
      expect(res.headers()['content-type']).toBe('image/png');
      const size = await page.evaluate(
        async (b64) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          return `${bitmap.width}x${bitmap.height}`;
        },
        (await res.body()).toString('base64'),
      );
      expect(size).toBe(icon.sizes);
    }
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#ffffff');
  });

  it('a new version waits for the user: "Update available", Later keeps this one, Reload switches', async () => {
    const copy = await copyOfApp(inject('baseUrl'));
    try {
      const { page, record } = await start(PwaApp, { serviceWorkers: 'allow' });
      const app = new PwaApp(page, copy.url);
      await app.open('?s=patella');
      await app.serviceWorkerControls();
      await expect(app.updatePrompt().count()).resolves.toBe(0);

      // A new deployment: a changed sw.js. The browser installs it and keeps it waiting.
      appendFileSync(join(copy.dir, 'sw.js'), '\n// the next version\n');
      await app.checkForUpdate();
      const prompt = app.updatePrompt();
      await prompt.waitFor();
      expect(await prompt.textContent()).toMatch(/Update available/);
      expect(await app.hasWaitingWorker()).toBe(true);
      // Polite: inside a status live region, and it takes no focus.
      expect(await page.locator('[role="status"]').filter({ has: prompt }).count()).toBe(1);
      expect(await prompt.evaluate((el) => el.contains(document.activeElement))).toBe(false);
      const axe = await new AxeBuilder({ page }).include('.update-prompt').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await saveScreenshot(page, 'offline-update-prompt');
      // Not while a clinician is explaining: it waits for explain mode to end.
      await page.evaluate(() => window.kneeExplorer?.setMode('explain'));
      await expect.poll(() => prompt.count()).toBe(0);
      await page.evaluate(() => window.kneeExplorer?.setMode('explore'));
      await prompt.waitFor();

      // Later, from the keyboard: the prompt goes, the new version keeps waiting, nothing reloads.
      await prompt.getByRole('button', { name: 'Later' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => prompt.count()).toBe(0);
      expect(await app.hasWaitingWorker()).toBe(true);
      expect(await app.selected()).toBe('patella');

      // The next visit offers it again; Reload (keyboard) lets it take over and reloads the page.
      await page.reload();
      await page.waitForFunction(() => 'kneeExplorer' in window);
      await prompt.waitFor();
      const reloaded = page.waitForEvent('framenavigated');
      await prompt.getByRole('button', { name: 'Reload' }).focus();
      await page.keyboard.press('Enter');
      await reloaded;
      await page.waitForFunction(() => 'kneeExplorer' in window);
      await app.serviceWorkerControls();
      expect(await app.hasWaitingWorker()).toBe(false);
      expect(await prompt.count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('s')).toBe('patella');
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await copy.close();
    }
  });
});
