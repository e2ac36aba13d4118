import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KneeApp } from '../helpers/knee-app';
import { launchBrowser, openPage } from '../helpers/session';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('loading the explorer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(() => browser?.close());

  it('fires knee:ready, lists every structure, and stays on its own origin without errors', async () => {
    const { page, record, context } = await openPage(browser, baseUrl);
    const app = new KneeApp(page, baseUrl);
    await app.open();
    expect(await app.readyEventFired()).toBe(true);
    const list = await app.structures();
    expect(list).toHaveLength(33);
    expect(list.find((s) => s.id === 'superficial-mcl')?.category).toBe('ligament');
    expect(record.requests.some((u) => u.includes('.glb'))).toBe(true);
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws nothing while nothing moves, and draws again when something does', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    const app = new KneeApp(page, baseUrl);
    await app.open();
    await app.setView('medial');
    await app.animationFrames(5);
    const before = await app.frames();
    await app.animationFrames(30);
    expect(await app.frames()).toBe(before);
    await app.setView('lateral');
    expect(await app.frames()).toBeGreaterThan(before);
    await context.close();
  });

  it('restores the selection from the URL and keeps it there', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    const app = new KneeApp(page, baseUrl);
    await app.open('?s=superficial-mcl');
    expect(await app.selected()).toBe('superficial-mcl');
    await app.select('patella');
    expect(new URL(page.url()).searchParams.get('s')).toBe('patella');
    await page.reload();
    await app.open(`?${new URL(page.url()).searchParams}`);
    expect(await app.selected()).toBe('patella');
    await context.close();
  });

  it('explains an unknown link setting or structure instead of failing', async () => {
    const { page, record, context } = await openPage(browser, baseUrl);
    const app = new KneeApp(page, baseUrl);
    await app.open('?s=not-a-ligament&zoom=9');
    expect(await app.selected()).toBeNull();
    const notices = await app.noticeText();
    expect(notices).toContain('zoom');
    expect(notices).toContain('not-a-ligament');
    expect(record.consoleErrors).toEqual([]);
    await context.close();
  });
});
