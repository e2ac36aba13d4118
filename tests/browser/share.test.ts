import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { LinkApp } from '../helpers/link-app';
import { saveScreenshot, screenshotDir } from '../helpers/session';

const COPIED = 'Link copied. Anyone who opens it sees this view.';
const REFUSED = 'The browser did not allow copying: the link is selected below, to copy by hand.';

const axe = async (page: Page, what: string) => {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id}: ${v.help}`)).toEqual([]);
};

/** A native share sheet that records what it was given (headless Chromium on Linux has none). */
const fakeShareSheet = () => {
  const w = window as unknown as { __shared: ShareData[] };
  w.__shared = [];
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (data: ShareData) => {
      w.__shared.push(data);
    },
  });
};

describeInBrowser('Copy link and Share (issue #12)', ({ open, start }) => {
  it('Copy link, by keyboard, puts link() on the clipboard and says so', async () => {
    const { page, app } = await open(LinkApp, {
      query: '?s=acl&cam=medial&labels=1',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await app.copyButton().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.notices()).toContain(COPIED);
    // Before axe: the confirmation steps aside after a few seconds.
    await saveScreenshot(page, 'share-copied-1280x800');
    const link = await app.link();
    expect(link).toBe(`${app.baseUrl}?s=acl&cam=medial&labels=1`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await axe(page, 'after Copy link');
    await expect.poll(() => app.notices(), { timeout: 15_000 }).not.toContain(COPIED);
  });

  it('when the clipboard is refused, the link waits selected in a field, and says why', async () => {
    const { page, app } = await start(LinkApp);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await app.open('?c=knee-osteoarthritis');
    await app.copyButton().click();
    await expect.poll(() => app.notices()).toContain(REFUSED);
    const field = app.linkField();
    await expect.poll(() => field.inputValue()).toBe(await app.link());
    // Focused and all selected: Ctrl+C (or a long press) copies it.
    const selection = await field.evaluate((el: HTMLInputElement) => ({
      focused: document.activeElement === el,
      all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
    }));
    expect(selection).toEqual({ focused: true, all: true });
    await axe(page, 'clipboard refused');
    await app.pageLinks().screenshot({ path: `${screenshotDir}/share-refused-1280x800.png` });
  });

  it('Share hands link() to the native share sheet where the browser has one', async () => {
    const { page, app } = await start(LinkApp);
    await page.addInitScript(fakeShareSheet);
    await app.open('?s=patellar-tendon&day=42');
    await app.shareButton().click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([
        { title: 'Knee Explorer', text: 'A view of the knee in Knee Explorer', url: await app.link() },
      ]);
    // Without a share sheet there is no Share button (Copy link is always there).
    const plain = await open(LinkApp);
    expect(await plain.app.shareButton().count()).toBe(0);
    expect(await plain.app.copyButton().count()).toBe(1);
  });

  it.each([
    [390, 844],
    [1280, 800],
  ])(
    'the share control at %i×%i: among the page actions, 44 px targets, axe clean',
    async (width, height) => {
      const { page, app } = await start(LinkApp, { viewport: { width, height }, hasTouch: width < 900 });
      await page.addInitScript(fakeShareSheet);
      await app.open('?s=superficial-mcl');
      const links = app.pageLinks();
      await links.scrollIntoViewIfNeeded();
      for (const button of [app.copyButton(), app.shareButton()]) {
        const box = await button.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      }
      // On a phone the share control is in the sheet, not the slim bar along the top.
      if (width < 900)
        expect(await page.locator('.app-bar').getByRole('button', { name: 'Copy link' }).count()).toBe(0);
      await app.copyButton().focus();
      await axe(page, `${width}x${height}`);
      await links.screenshot({ path: `${screenshotDir}/share-control-${width}x${height}.png` });
      await saveScreenshot(page, `share-page-${width}x${height}`);
    },
  );
});
