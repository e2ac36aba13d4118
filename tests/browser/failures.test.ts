import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';
import { saveScreenshot } from '../helpers/session';

/** Opens the app without waiting for the 3D: for cases where knee:ready can never come. */
const openShell = async (app: KneeApp, query = '') => {
  await app.page.goto(`${app.baseUrl}${query}`);
  await app.page.waitForFunction(() => 'kneeExplorer' in window);
};

const noWebGl = { args: ['--disable-webgl', '--disable-3d-apis'] };

const title = 'when things go wrong, the user is told and nothing is lost';

describeInBrowser(
  title,
  ({ start }) => {
    it('without WebGL: a clear message, and the list and cards still work', async () => {
      const { page, app } = await start(KneeApp);
      await openShell(app);
      await expect.poll(() => app.noticeText()).toMatch(/3D view (is )?unavailable/i);
      await app.chooseFromList('Patella');
      expect(await app.selected()).toBe('patella');
      expect(await app.cardTitle()).toMatch(/patella/i);
      await saveScreenshot(page, 'failure-no-webgl');
    });
  },
  noWebGl,
);

describeInBrowser(title, ({ start, open }) => {
  for (const [label, body, status] of [
    ['missing', 'not found', 404],
    ['corrupt', 'glTF? no: these bytes are not a model', 200],
  ] as const) {
    it(`a ${label} model file: a clear message, and the list still works`, async () => {
      const { page, app } = await start(KneeApp);
      await page.route('**/*.glb', (route) => route.fulfill({ status, body }));
      await openShell(app, '?s=lcl');
      await expect.poll(() => app.noticeText()).toMatch(/model could not be loaded/i);
      expect(await app.selected()).toBe('lcl');
      await app.chooseFromList('Patella');
      expect(await app.selected()).toBe('patella');
      await saveScreenshot(page, `failure-model-${label}`);
    });
  }

  it('a lost GPU context is announced, and drawing resumes when it comes back', async () => {
    const { page, app } = await open(KneeApp, { query: '?s=superficial-mcl' });
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = ext ?? null;
      ext?.loseContext();
    });
    await expect.poll(() => app.noticeText()).toMatch(/3D view was interrupted|graphics/i);
    const before = await app.frames();
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect.poll(() => app.noticeText()).not.toMatch(/3D view was interrupted/i);
    await app.setView('medial');
    expect(await app.frames()).toBeGreaterThan(before);
    expect(await app.selected()).toBe('superficial-mcl');
  });
});
