import fc from 'fast-check';
import { expect, it } from 'vitest';
import { defaultScheduleId } from '../../src/content/healing';
import { tours } from '../../src/content/tours';
import { orbitPose } from '../../src/lib/camera-url';
import { type LinkState, writeLink } from '../../src/lib/link';
import { describeInBrowser } from '../helpers/browser-fixture';
import { LinkApp } from '../helpers/link-app';
import { linkStateArb } from '../helpers/link-arbitraries';
import { saveScreenshot } from '../helpers/session';

const seed = Number(process.env.FUZZ_SEED ?? 20261214);
/** Each run loads the app twice (a full 3D start each): a few, not hundreds (the unit tests do those). */
const RUNS = 12;

/** Generated views; a quarter of them inside one of the real tours, at any step. */
const viewArb: fc.Arbitrary<LinkState> = fc
  .tuple(
    linkStateArb,
    fc.option(
      fc
        .constantFrom(...tours)
        .chain((t) => fc.nat(t.steps.length - 1).map((index) => ({ id: t.id, index }))),
      { freq: 3 },
    ),
  )
  .map(([state, tour]) => ({ ...state, tour }));

const searchOf = (s: LinkState) =>
  writeLink(s, { rememberedLevel: 'patient', deviceLanguage: 'en', defaultScheduleId });

const apart = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));

describeInBrowser('every state in the link (issue #12)', ({ open }) => {
  it(`link() → load → link() gives the same link, for ${RUNS} generated views`, async () => {
    const { page, app, record } = await open(LinkApp, { reducedMotion: 'reduce' });
    const views = fc.sample(viewArb, { numRuns: RUNS, seed });
    for (const [i, view] of views.entries()) {
      const search = searchOf(view);
      await app.follow(`${app.baseUrl}${search}`);
      const first = await app.link();
      // Outside a tour the app shows exactly the view the link names; a tour's step fills in the rest.
      if (!view.tour) expect(first, `view ${i}`).toBe(`${app.baseUrl}${search}`);
      if (view.cameraLink.kind === 'orbit' && !view.tour) {
        const pose = await app.camera();
        const expected = orbitPose(view.cameraLink.orbit);
        expect(apart(pose?.position ?? [], expected.position), `view ${i} camera`).toBeLessThan(0.001);
        expect(apart(pose?.target ?? [], expected.target), `view ${i} target`).toBeLessThan(0.001);
      }
      expect(await app.address(), `view ${i}: the address bar`).toBe(first);
      await app.follow(first);
      expect(await app.link(), `view ${i}: ${first}`).toBe(first);
      expect(await app.notices(), `view ${i}`).toEqual([]);
      if (i % 4 === 0) await saveScreenshot(page, `link-roundtrip-${i}`);
      console.info(`link round trip ${i + 1}/${RUNS}: ${first}`);
    }
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  }, 600_000);

  it('bad or unknown values are ignored with a notice, and the rest applies', async () => {
    const { page, app } = await open(LinkApp, {
      query: '?s=acl&c=gout&cam=sideways&hide=tendon,hair&lang=xx',
    });
    const notices = await app.notices();
    expect(notices).toEqual([
      'Ignored link setting c=gout: no such condition',
      'Ignored link setting cam=sideways: use a view (anterior, medial, lateral, posterior) or azimuth,polar,distance,x,y,z',
      'Ignored layer ‘hair’ in hide=: no such layer',
      'Ignored link setting lang=xx: this app speaks en, es',
    ]);
    expect(await app.selected()).toBe('acl');
    expect((await app.layers()).tendon).toBe(false);
    expect(await app.link()).toBe(`${app.baseUrl}?s=acl&hide=tendon`);
    expect(await app.status()).toBe('ready');
    await saveScreenshot(page, 'link-bad-values');
  });

  it('an orbit set by hand is in the link once the camera rests, and opens the same pose', async () => {
    const { page, app } = await open(LinkApp, { query: '?s=superficial-mcl' });
    expect(await app.link()).not.toContain('cam=');
    await app.orbitByHand(160, -60);
    await expect.poll(() => app.link()).toMatch(/[?&]cam=-?[\d.]+,[\d.]+,\d+,-?\d+,-?\d+,-?\d+/);
    // At rest: the same link twice, and the address bar says it too.
    const link = await app.link();
    const pose = await app.camera();
    expect(await app.link()).toBe(link);
    expect(await app.address()).toBe(link);
    await saveScreenshot(page, 'link-orbit-sender');

    await app.follow(link);
    const opened = await app.camera();
    // Rounded to a tenth of a degree and a millimetre: within a few millimetres at the knee's distance.
    expect(apart(opened?.position ?? [], pose?.position ?? [])).toBeLessThan(0.004);
    expect(apart(opened?.target ?? [], pose?.target ?? [])).toBeLessThan(0.001);
    expect(await app.link()).toBe(link);
    expect(await app.selected()).toBe('superficial-mcl');
    await saveScreenshot(page, 'link-orbit-receiver');
  });
});
