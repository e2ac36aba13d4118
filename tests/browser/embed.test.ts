import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { EmbedHost, type HostServer, startHostServer, withAllowListMeta } from '../helpers/embed-app';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';

const appUrl = inject('baseUrl');

describeInBrowser("embedded in another site's page (issue #12)", ({ start }) => {
  let host: HostServer;
  beforeAll(async () => {
    host = await startHostServer();
  });
  afterAll(() => host?.close());

  it('a parent on another origin selects, sets a day and hears the events, through postMessage only', async () => {
    const { page, record } = await start(KneeApp, { reducedMotion: 'reduce' });
    const embed = new EmbedHost(page, host.origin, appUrl);
    expect(new URL(host.origin).origin).not.toBe(new URL(appUrl).origin);
    await embed.open();
    expect(await embed.entry('event', 'ready')).toMatchObject({
      status: 'ready',
      selection: { selected: null },
    });

    await embed.press('Show the inner knee ligament (MCL)');
    expect(await embed.entry('event', 'selection', 'superficial-mcl')).toEqual({
      selected: 'superficial-mcl',
      condition: null,
      site: null,
    });
    await embed.entry('reply', 'select');
    await embed.press('Healing timeline: day 42');
    expect(await embed.entry('event', 'timeline', '"day":42')).toEqual({
      day: 42,
      playing: false,
      schedule: 'rabago-2013',
    });
    await embed.entry('reply', 'setDay');
    await embed.press('Call a method that does not exist');
    expect(await embed.entry('error', 'noSuchMethod')).toMatch(
      /^unknown method "noSuchMethod"; use one of .*select/,
    );
    const names = (await embed.log()).map((e) => `${e.kind} ${e.name}`);
    expect(names).toEqual([
      'event ready',
      'event selection',
      'reply select',
      'event timeline',
      'reply setDay',
      'error noSuchMethod',
    ]);

    // The minimal chrome: the card and the disclaimer, no page-level dialogs or modes, a way out.
    const frame = embed.frame();
    await expect.poll(() => frame.locator('[data-card="structure"] h2').first().textContent()).toMatch(/MCL/);
    await expect.poll(() => frame.locator('.disclaimer').isVisible()).toBe(true);
    for (const name of ['What the research says', 'What to expect', 'Present', 'Explain', 'Tours']) {
      expect(await frame.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    const out = frame.getByRole('link', { name: /^Open in Knee Explorer/ });
    expect(await out.getAttribute('target')).toBe('_blank');
    const href = new URL((await out.getAttribute('href')) ?? '');
    expect(href.origin).toBe(new URL(appUrl).origin);
    expect(href.searchParams.get('s')).toBe('superficial-mcl');
    expect(href.searchParams.get('day')).toBe('42');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(await frame.locator('.notice').count(), 'embed=1 is a known link setting').toBe(0);

    const axe = await new AxeBuilder({ page }).analyze();
    // axe went inside the frame: results there are targeted as [iframe, element].
    expect(axe.passes.some((rule) => rule.nodes.some((n) => n.target.length > 1))).toBe(true);
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
    await saveScreenshot(page, 'embed-1280x800');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => frame.locator('.app').getAttribute('data-layout')).toBe('bottom');
    await frame.locator('[data-card="structure"] h2').first().waitFor();
    await saveScreenshot(page, 'embed-390x844');
    expect(record.consoleErrors).toEqual([]);
  });

  it('a parent whose origin is not on the deployer allow-list gets no reply and no event', async () => {
    const session = await start(KneeApp, { reducedMotion: 'reduce' });
    const { page, context } = session;
    await withAllowListMeta(context, appUrl, 'https://clinic.example');
    const warned = page.waitForEvent('console', (m) => m.text().includes('ignored a request from'));
    await page.goto(`${host.origin}/embed.html?app=${encodeURIComponent(appUrl)}`);
    // Waiting for the knee itself here is the test's own look inside; the parent page never sees it.
    const frame = page.frame({ url: (u) => u.searchParams.get('embed') === '1' });
    await expect.poll(() => frame?.evaluate(() => Boolean(window.kneeExplorer))).toBe(true);
    await frame?.evaluate(() => window.kneeExplorer?.ready);
    await page.evaluate(() => {
      const knee = document.getElementById('knee') as HTMLIFrameElement;
      knee.contentWindow?.postMessage(
        { type: 'knee-explorer:request', id: 1, method: 'select', args: ['acl'] },
        '*',
      );
    });
    expect((await warned).text()).toContain(host.origin);
    expect(await frame?.evaluate(() => window.kneeExplorer?.selected())).toBeNull();
    expect(await new EmbedHost(page, host.origin, appUrl).log()).toEqual([]);
    expect(await page.getByRole('status').textContent()).toMatch(/Waiting/);
  });

  it('before the app starts, the prerendered shell already leaves out what the embed does', async () => {
    const { page } = await start(KneeApp);
    const html = await (await page.request.get(appUrl)).text();
    const entry = html.match(/data-knee-entry="([^"]+)"/)?.[1];
    expect(entry).toBeTruthy();
    // The app never starts: what shows is the shell and what boot.ts did to it.
    await page.route(new URL(entry ?? '', appUrl).href, (route) => route.abort());
    await page.goto(`${appUrl}?embed=1`);
    await page.locator('html[data-embed]').waitFor({ state: 'attached' });
    const shell = page.locator('.shell[data-shell="side"]:not([lang])');
    await expect.poll(() => shell.locator('.app-bar h1').isVisible()).toBe(true);
    for (const hidden of [
      '.mode-button',
      '.page-links',
      '.tours-button',
      '.quiz-section',
      '.own-tour-section',
    ]) {
      expect(await shell.locator(hidden).count(), hidden).toBeGreaterThan(0);
      expect(await shell.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await shell.locator('.disclaimer').isVisible()).toBe(true);
  });
});
