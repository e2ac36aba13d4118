import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { KneeApp } from '../helpers/knee-app';

describeInBrowser('loading the explorer', ({ open }) => {
  it('fires knee:ready, lists every structure, and stays on its own origin without errors', async () => {
    const { record, app } = await open(KneeApp);
    expect(await app.readyEventFired()).toBe(true);
    const list = await app.structures();
    expect(list).toHaveLength(57);
    expect(list.find((s) => s.id === 'superficial-mcl')?.category).toBe('ligament');
    expect(record.requests.some((u) => u.includes('.glb'))).toBe(true);
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('draws nothing while nothing moves, and draws again when something does', async () => {
    const { app } = await open(KneeApp);
    await app.setView('medial');
    await app.animationFrames(5);
    const before = await app.frames();
    await app.animationFrames(30);
    expect(await app.frames()).toBe(before);
    await app.setView('lateral');
    expect(await app.frames()).toBeGreaterThan(before);
  });

  it('restores the selection from the URL and keeps it there', async () => {
    const { page, app } = await open(KneeApp, { query: '?s=superficial-mcl' });
    expect(await app.selected()).toBe('superficial-mcl');
    await app.select('patella');
    expect(new URL(page.url()).searchParams.get('s')).toBe('patella');
    await page.reload();
    await app.open(`?${new URL(page.url()).searchParams}`);
    expect(await app.selected()).toBe('patella');
  });

  it('explains an unknown link setting or structure instead of failing', async () => {
    const { record, app } = await open(KneeApp, { query: '?s=not-a-ligament&zoom=9' });
    expect(await app.selected()).toBeNull();
    const notices = await app.noticeText();
    expect(notices).toContain('zoom');
    expect(notices).toContain('not-a-ligament');
    expect(record.consoleErrors).toEqual([]);
  });
});
