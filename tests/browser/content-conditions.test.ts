import { expect, it } from 'vitest';
import { conditions, getCondition } from '../../src/content';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';
import { saveScreenshot } from '../helpers/session';

describeInBrowser('conditions', ({ open }) => {
  it('showCondition highlights exactly the condition’s structures and shows its card', async () => {
    const { page, record, app } = await open(ContentApp, { reducedMotion: 'reduce' });
    expect(await app.highlighted()).toEqual([]);
    for (const c of conditions) {
      await app.showCondition(c.id);
      expect([...(await app.highlighted())].sort(), c.id).toEqual([...c.structures].sort());
      const card = await app.card();
      expect(card?.kind).toBe('condition');
      expect(card?.text).toContain(c.name.lay);
      expect(card?.text).toContain(c.description.patient.text);
      expect(await page.locator('.card-panel [data-strength]').getAttribute('data-strength')).toBe(
        c.evidence.strength,
      );
    }
    await app.showCondition(null);
    expect(await app.highlighted()).toEqual([]);
    await expect(app.showCondition('no-such-condition')).rejects.toThrow(/no condition/);
    expect(record.consoleErrors).toEqual([]);
  });

  it('browse conditions from the list, see them framed, open a structure, and go back', async () => {
    const { page, app } = await open(ContentApp);
    const mcl = getCondition('chronic-mcl-sprain');
    if (!mcl) throw new Error('content has no chronic-mcl-sprain');
    await page.getByRole('tab', { name: 'Conditions' }).click();
    const framesBefore = await app.frames();
    await page.locator('nav [data-condition="chronic-mcl-sprain"]').click();
    await expect.poll(() => app.highlighted()).toEqual(mcl.structures);
    await app.showCondition('chronic-mcl-sprain'); // resolves when the camera rests
    expect(await app.frames()).toBeGreaterThan(framesBefore);
    // The framed structures are on screen: each highlighted one has a visible point.
    for (const id of mcl.structures.slice(0, 2)) {
      expect(await app.project(id), `${id} visible`).not.toBeNull();
    }
    await saveScreenshot(page, 'content-condition-chronic-mcl-sprain');
    // From the condition to one of its structures, then Back.
    await page.locator(`.card-panel [data-link-structure="${mcl.structures[0]}"]`).click();
    await expect.poll(() => app.selected()).toBe(mcl.structures[0]);
    expect((await app.card())?.kind).toBe('structure');
    expect(await app.highlighted()).toEqual([]);
    await page.getByRole('button', { name: 'Back to the previous card' }).click();
    await expect.poll(async () => (await app.card())?.kind).toBe('condition');
    expect(await app.highlighted()).toEqual(mcl.structures);
    // From a structure's card to a condition, and Back to the structure.
    await app.select('patellar-tendon');
    await page.locator('.card-panel [data-condition="patellar-tendinopathy"]').click();
    await expect.poll(async () => (await app.card())?.kind).toBe('condition');
    await page.getByRole('button', { name: 'Back to the previous card' }).click();
    await expect.poll(() => app.selected()).toBe('patellar-tendon');
    expect((await app.card())?.kind).toBe('structure');
  });
});
