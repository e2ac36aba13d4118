import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { conditions, sites } from '../../src/content';
import { structures } from '../../src/content/structures';
import { ContentApp } from '../helpers/content-app';
import { launchBrowser, openPage } from '../helpers/session';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('no uncited clinical statements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(() => browser?.close());

  for (const level of ['patient', 'clinician'] as const) {
    it(`every structure, condition and site card at the ${level} level cites every statement`, async () => {
      const { page, context } = await openPage(browser, baseUrl, { reducedMotion: 'reduce' });
      const app = new ContentApp(page, baseUrl);
      await app.open();
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
      await context.close();
    });
  }
});
