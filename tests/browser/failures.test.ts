import fc from 'fast-check';
import type { BrowserContext, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';
import { fuzzedLink, hugeLink, noticeText, startFrom } from '../helpers/url-fuzz';

/** Opens the app without waiting for the 3D: for cases where knee:ready can never come. */
const openShell = async (app: KneeApp, query = '') => {
  await app.page.goto(`${app.baseUrl}${query}`);
  await app.page.waitForFunction(() => 'kneeExplorer' in window);
};

const noWebGl = { args: ['--disable-webgl', '--disable-3d-apis'] };

const title = 'when things go wrong, the user is told and nothing is lost';

/** The browser's own line for a request that failed on purpose (a 404, no network). */
const resourceFailure = /^Failed to load resource/;

describeInBrowser(
  title,
  ({ start }) => {
    it('without WebGL: a clear message, and the list and cards still work', async () => {
      const { page, app } = await start(KneeApp);
      await openShell(app);
      await expect.poll(() => app.noticeText()).toMatch(/3D view (is )?unavailable/i);
      await app.chooseFromList('Patella');
      expect(await app.selected()).toBe('patella');
      await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(/patella/i);
      await saveScreenshot(page, 'failure-no-webgl');
    });
  },
  noWebGl,
);

/** Ways knee.glb can fail to arrive. */
const faults: [string, (route: Route, context: BrowserContext) => Promise<void>][] = [
  ['missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['corrupt', (route) => route.fulfill({ status: 200, body: 'glTF? no: these bytes are not a model' })],
  [
    'truncated',
    async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
    },
  ],
  [
    'HTML page (wrong type)',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Sign in</title><p>Please sign in to the Wi-Fi</p>',
      }),
  ],
  [
    'offline',
    async (route, context) => {
      await context.setOffline(true);
      await route.abort('internetdisconnected');
    },
  ],
];

const slug = (label: string) => label.replace(/\W+/g, '-').replace(/-$/, '').toLowerCase();

describeInBrowser(title, ({ start, open }) => {
  for (const [label, fail] of faults) {
    it(`a ${label} model file: a plain message with Retry, the lists and cards work, Retry recovers`, async () => {
      // No service worker: these requests must reach the network (and the routes below).
      const { page, app, context, record } = await start(KneeApp, { serviceWorkers: 'block' });
      await page.route('**/*.glb', (route) => fail(route, context));
      await openShell(app, '?s=lcl');
      await expect
        .poll(() => app.noticeText())
        .toContain('The 3D model could not be loaded. The lists and cards still work.');
      await expect.poll(() => app.retryButton().isVisible()).toBe(true);
      expect(await app.selected()).toBe('lcl');
      await app.chooseFromList('Patella');
      expect(await app.selected()).toBe('patella');
      await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(/patella/i);
      await saveScreenshot(page, `failure-model-${slug(label)}`);

      // The file comes back (or the network does): Retry fetches it again and the knee appears.
      await context.setOffline(false);
      await page.unroute('**/*.glb');
      await app.retryButton().click();
      await expect.poll(() => app.status()).toBe('ready');
      await expect.poll(() => app.project('patella')).not.toBeNull();
      expect(await app.selected()).toBe('patella');
      await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(/patella/i);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(record.requests.filter((url) => url.endsWith('.glb')).length).toBeGreaterThanOrEqual(2);
      expect(record.consoleErrors.filter((e) => !resourceFailure.test(e))).toEqual([]);
      await saveScreenshot(page, `failure-model-${slug(label)}-retried`);
    });
  }

  it('with storage blocked (sandboxed iframe, strict privacy): it loads, switches level and selects', async () => {
    const { page, app, context, record } = await start(KneeApp);
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window'`, 'SecurityError');
          },
        });
      }
    });
    await app.open('?s=lcl');
    const blocked = await page.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(blocked).toBe('SecurityError');
    expect(await app.status()).toBe('ready');
    expect(await app.frames()).toBeGreaterThan(0);

    const clinician = page.locator('[data-level="clinician"]').first();
    await clinician.click();
    await expect.poll(() => clinician.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toContain('level=clinician');

    await app.chooseFromList('Patella');
    expect(await app.selected()).toBe('patella');
    await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(/patella/i);
    const tibia = await app.findPoint('tibia');
    expect(tibia).not.toBeNull();
    await page.mouse.click(tibia?.x ?? 0, tibia?.y ?? 0);
    await expect.poll(() => app.selected()).toBe('tibia');
    expect(record.consoleErrors).toEqual([]);
    await saveScreenshot(page, 'failure-storage-blocked');
  });

  it('a lost GPU context is announced, and drawing resumes with the selection and view kept', async () => {
    const { page, app } = await open(KneeApp, { query: '?s=superficial-mcl' });
    await app.setView('lateral');
    const pose = await page.evaluate(() => window.kneeExplorer?.camera());
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = ext ?? null;
      ext?.loseContext();
    });
    await expect.poll(() => app.noticeText()).toMatch(/3D view was interrupted|graphics/i);
    // From restoreContext() to the next frame the scene draws: a figure for the log, not a gate.
    const restoreMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const api = window.kneeExplorer;
          if (!api) throw new Error('no kneeExplorer');
          const before = api.frames();
          const started = performance.now();
          (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext();
          const tick = () =>
            api.frames() > before ? resolve(performance.now() - started) : requestAnimationFrame(tick);
          requestAnimationFrame(tick);
        }),
    );
    console.info(`GPU context restored: next frame drawn ${restoreMs.toFixed(0)} ms after restoreContext()`);
    await expect.poll(() => app.noticeText()).not.toMatch(/3D view was interrupted/i);
    expect(await app.status()).toBe('ready');
    expect(await app.selected()).toBe('superficial-mcl');
    expect(await app.view()).toBe('lateral');
    const after = await page.evaluate(() => window.kneeExplorer?.camera());
    for (const [i, v] of (pose?.position ?? []).entries()) expect(after?.position[i]).toBeCloseTo(v, 4);
    for (const [i, v] of (pose?.target ?? []).entries()) expect(after?.target[i]).toBeCloseTo(v, 4);
    await saveScreenshot(page, 'failure-context-restored');
    const before = await app.frames();
    await app.setView('medial');
    expect(await app.frames()).toBeGreaterThan(before);
    expect(await app.selected()).toBe('superficial-mcl');
  });
});

/** A seeded sample of the unit fuzz's links, plus huge ones, unicode and repeated keys for sure. */
const sample: string[] = [
  // The 1,000-link fuzz runs in Node (tests/unit/url-fuzz.test.ts); each load here costs a full 3D start.
  ...fc.sample(fuzzedLink, { numRuns: 6, seed: 10 }),
  hugeLink('unknown-keys'),
  hugeLink('unicode'),
  '?s=acl&s=pcl&level=clinician&level=expert&day=5&day=6&play=yes',
  `?s=${encodeURIComponent('膝')}&note=🦵🏽&ひざ=1&${encodeURIComponent('\u202E')}=x`,
  '?s=patella&mode=explain&%zz=%E2%82&day=3.14159',
  hugeLink('sessions'), // thousands of real session dates
];

/** Whitespace as a browser lays out a paragraph. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describeInBrowser('generated links open a working app and say what they ignored', ({ start }) => {
  it.each(
    sample.map((link, i) => [
      i,
      link.length > 60 ? `${link.slice(0, 60)}… (${link.length} chars)` : link,
      link,
    ]),
  )('link %i: %s', async (i, _shown, link) => {
    const { page, app, record } = await start(KneeApp);
    // A link too long for a server's request line (8–16 KB) is put in place before the app starts.
    const long = link.length > 4000;
    if (long)
      await page.addInitScript((q) => history.replaceState(null, '', `${location.pathname}${q}`), link);
    await page.addInitScript(() => {
      (window as unknown as { __search: string }).__search = location.search;
    });
    await page.goto(long ? app.baseUrl : `${app.baseUrl}${link}`);
    await page.waitForFunction(() => 'kneeExplorer' in window);
    await page.evaluate(() => window.kneeExplorer?.ready);
    expect(await app.status()).toBe('ready');

    // What the app's start-up makes of this search (run in Node) is what the page shows.
    const search = await page.evaluate(() => (window as unknown as { __search: string }).__search);
    const expected = startFrom(search);
    expect((await app.notices()).map(squash)).toEqual(expected.notices.map((n) => squash(noticeText(n))));
    expect(await app.selected()).toBe(expected.state.selected);

    // The shell works: leave explain mode if the link asked for it, then choose from the list.
    if (expected.state.mode === 'explain')
      await page.getByRole('button', { name: 'Exit', exact: true }).click();
    const [name, id] = expected.state.selected === 'tibia' ? ['Femur', 'femur'] : ['Tibia', 'tibia'];
    await app.chooseFromList(name);
    expect(await app.selected()).toBe(id);
    await expect.poll(async () => (await app.cardTitle()) ?? '').toMatch(new RegExp(name, 'i'));
    expect(record.consoleErrors).toEqual([]);
    if (i % 5 === 0 || long) await saveScreenshot(page, `failure-url-fuzz-${i}`);
  });
});
