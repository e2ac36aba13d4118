import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-fixture';
import { NeighbourApp } from '../helpers/neighbour-app';
import { saveScreenshot } from '../helpers/session';

const laptop = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' } as const;
const NEIGHBOURS = ['muscle', 'bursa', 'nerve', 'vessel', 'skin'] as const;
const JOINT = ['bone', 'cartilage', 'meniscus', 'ligament', 'tendon', 'capsule'] as const;

/** Share of canvas pixels that differ between two screenshots (the 3D view changed). */
const changedShare = (a: Buffer, b: Buffer): number => {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  let n = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 3; c++) d += Math.abs((pa.data[i + c] ?? 0) - (pb.data[i + c] ?? 0));
    if (d > 12) n++;
  }
  return n / (pa.width * pa.height);
};

describeInBrowser(
  'the knee’s neighbours: nerves, vessels, muscles, bursae and skin (issue #13)',
  ({ open }) => {
    it('each new layer starts hidden, and its checkbox draws it and takes it away again', async () => {
      const { page, app, record } = await open(NeighbourApp, laptop);
      const layers = await app.layers();
      for (const c of NEIGHBOURS) expect(layers[c], c).toBe(false);
      for (const c of JOINT) expect(layers[c], c).toBe(true);
      // Each layer from a side where it shows (the bursae and fat pad lie in front, the bundle behind).
      const side = {
        muscle: 'posterior',
        bursa: 'anterior',
        nerve: 'posterior',
        vessel: 'posterior',
        skin: 'anterior',
      } as const;
      for (const c of NEIGHBOURS) {
        await app.setView(side[c]);
        const box = page.locator(`input[data-layer="${c}"]`);
        await app.animationFrames(3);
        const before = await app.viewShot();
        await box.check();
        expect((await app.layers())[c], c).toBe(true);
        await app.animationFrames(5);
        const on = await app.viewShot();
        expect(changedShare(before, on), `${c}: the view changes when its layer shows`).toBeGreaterThan(
          0.003,
        );
        await box.uncheck();
        await app.animationFrames(5);
        const off = await app.viewShot();
        expect(changedShare(before, off), `${c}: hidden again`).toBeLessThan(0.001);
      }
      // Keyboard: the toggles are ordinary checkboxes in a named group.
      const group = page.getByRole('group', { name: 'Around the joint' });
      await group.getByRole('checkbox', { name: 'Nerves' }).focus();
      await page.keyboard.press('Space');
      expect((await app.layers()).nerve).toBe(true);
      expect(await app.findPoint('tibial-nerve')).not.toBeNull();
      expect(record.consoleErrors).toEqual([]);
    });

    it('the see-through skin and bursae do not bury the joint: its structures stay selectable', async () => {
      const { page, app } = await open(NeighbourApp, laptop);
      await app.setLayer('skin', true);
      await app.setLayer('bursa', true);
      await app.setView('anterior');
      for (const id of ['patella', 'patellar-tendon', 'superficial-mcl']) {
        await app.select(null); // a selection x-rays the rest, and x-rayed tissue is not picked
        await app.animationFrames(3);
        const point = await app.findPoint(id);
        expect(point, id).not.toBeNull();
        if (!point) continue;
        await page.mouse.click(point.x, point.y);
        await expect.poll(() => app.selected(), { message: id }).toBe(id);
      }
    });

    it('a structure chosen from the list is drawn even while its layer is hidden', async () => {
      const { app } = await open(NeighbourApp, laptop);
      expect((await app.layers()).vessel).toBe(false);
      await app.setView('posterior');
      expect(await app.project('popliteal-artery')).toBeNull();
      await app.select('popliteal-artery');
      expect(await app.cardTitle()).toMatch(/Popliteal artery/);
      expect(await app.findPoint('popliteal-artery')).not.toBeNull();
      await app.select(null);
      expect(await app.project('popliteal-artery')).toBeNull();
    });

    it('a site card lists the nerves and vessels near its needle path, and the knee shows them', async () => {
      const { page, app, record } = await open(NeighbourApp, laptop);
      await expect(app.siteCautions('no-such-site')).rejects.toThrow(/no site called/);
      await app.setReadingLevel('clinician');
      await app.selectSite('ea-6');
      const cautions = await app.siteCautions('ea-6');
      expect(cautions.map((c) => c.id)).toContain('common-peroneal-nerve');
      for (const c of cautions) expect(c.distanceMm).toBeGreaterThanOrEqual(0);
      for (const c of cautions) expect(c.distanceMm).toBeLessThanOrEqual(20);
      expect(cautions.map((c) => c.distanceMm)).toEqual(
        [...cautions.map((c) => c.distanceMm)].sort((a, b) => a - b),
      );
      expect(await app.cardCautions()).toEqual(cautions.map((c) => ({ id: c.id, mm: c.distanceMm })));
      // The nerve layer is off, yet the open site draws the nerve near it, in its own colour.
      expect((await app.layers()).nerve).toBe(false);
      await app.animationFrames(5);
      expect(await app.countColour('nerve'), 'yellow nerve pixels in the view').toBeGreaterThan(150);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await saveScreenshot(page, 'neighbours-site-ea-6-1280x800');
      await page.locator('[data-site-cautions]').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'neighbours-site-ea-6-cautions-1280x800');
      // The list links to the nerve's card.
      await page.locator('[data-caution="common-peroneal-nerve"]').click();
      expect(await app.selected()).toBe('common-peroneal-nerve');
      expect(await app.cardTitle()).toMatch(/Common peroneal nerve/);
      expect(record.consoleErrors).toEqual([]);
    });

    it('every site reports its cautions, and closing the site hides them again', async () => {
      const { page, app } = await open(NeighbourApp, laptop);
      const sites = await app.sites();
      let listed = 0;
      for (const s of sites) listed += (await app.siteCautions(s.id)).length;
      expect(listed, 'caution entries over all sites').toBeGreaterThan(3);
      await app.selectSite('ea-6');
      await app.animationFrames(5);
      const open6 = await app.countColour('nerve');
      await page.locator('.card-panel .card-close').click();
      await app.animationFrames(5);
      expect(await app.countColour('nerve')).toBeLessThan(open6 / 4);
    });

    it('a link carries the neighbour layers (show=) and opens with them', async () => {
      const { app } = await open(NeighbourApp, { ...laptop, query: '?show=nerve,vessel&cam=posterior' });
      const layers = await app.layers();
      expect([layers.nerve, layers.vessel, layers.muscle]).toEqual([true, true, false]);
      const link = new URL(await app.link());
      expect(link.searchParams.get('show')).toBe('nerve,vessel');
      expect(link.searchParams.get('hide')).toBeNull();
    });

    it('screenshots: four views with every layer on; the posterior view with bones, nerves and vessels', async () => {
      const { page, app } = await open(NeighbourApp, laptop);
      for (const c of NEIGHBOURS) await app.setLayer(c, true);
      for (const view of ['anterior', 'medial', 'lateral', 'posterior'] as const) {
        await app.setView(view);
        await app.animationFrames(5);
        await saveScreenshot(page, `neighbours-all-layers-${view}`);
      }
      for (const c of [...JOINT, ...NEIGHBOURS])
        await app.setLayer(c, ['bone', 'nerve', 'vessel'].includes(c));
      await app.setView('posterior');
      await app.animationFrames(5);
      await saveScreenshot(page, 'neighbours-posterior-bones-nerves-vessels');
      expect(await app.countColour('nerve'), 'nerves').toBeGreaterThan(300);
      expect(await app.countColour('artery'), 'arteries').toBeGreaterThan(300);
      expect(await app.countColour('vein'), 'veins').toBeGreaterThan(300);
    });

    it('phone: the layer groups and a site card with its cautions fit and pass axe', async () => {
      const { page, app } = await open(NeighbourApp, {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        reducedMotion: 'reduce',
      });
      await app.selectSite('ea-3');
      await app.animationFrames(5);
      await saveScreenshot(page, 'neighbours-site-ea-3-390x844');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect((await app.siteCautions('ea-3')).map((c) => c.id)).toContain('saphenous-nerve');
    });
  },
);
