import { expect, it } from 'vitest';
import { conditions, sites } from '../../src/content';
import { structures } from '../../src/content/structures';
import { describeInBrowser } from '../helpers/browser-fixture';
import { ContentApp } from '../helpers/content-app';

describeInBrowser('no uncited clinical statements', ({ open }) => {
  for (const level of ['patient', 'clinician'] as const) {
    it(`every structure, condition and site card at the ${level} level cites every statement`, async () => {
      const { app } = await open(ContentApp, { reducedMotion: 'reduce' });
      await app.setReadingLevel(level);
      const problems: string[] = [];
      const check = async (what: string) => {
        const count = await app.clinicalCount();
        if (count === 0) problems.push(`${what}: no clinical text`);
        for (const text of await app.uncited()) problems.push(`${what}: ${text}`);
      };
      for (const { id } of structures) {
        await app.select(id);
        await check(`structure ${id}`);
      }
      for (const c of conditions) {
        await app.showCondition(c.id);
        await check(`condition ${c.id}`);
      }
      for (const s of sites) {
        await app.selectSite(s.id);
        expect((await app.card())?.kind).toBe('site');
        await check(`site ${s.id}`);
      }
      expect(problems).toEqual([]);
      // About a hundred cards, each opened and read: minutes on a shared two-core machine.
    }, 300_000);
  }
});
