import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { conditionIds, siteIds } from '../../src/content/card-ids';
import { defaultScheduleId, isScheduleId } from '../../src/content/healing';
import { conditions, sites } from '../../src/content/index';
import { formatCamera, orbitFrom, orbitPose, parseCamera } from '../../src/lib/camera-url';
import { type LinkContext, writeLink } from '../../src/lib/link';
import { readLinkFields } from '../../src/lib/link-read';
import { resetRuntime } from '../../src/state/runtime';
import { resetStore } from '../../src/state/store';
import { defaultLink, linkStateArb, normalised, orbitArb, stepFieldsArb } from '../helpers/link-arbitraries';
import { noticeText, startFrom } from '../helpers/url-fuzz';

const seed = Number(process.env.FUZZ_SEED ?? 20261212);
const read = (search: string) => readLinkFields(search, { isScheduleId, defaultScheduleId }).fields;
const ctx = (over: Partial<LinkContext> = {}): LinkContext => ({
  rememberedLevel: 'patient',
  deviceLanguage: 'en',
  defaultScheduleId,
  ...over,
});

describe('the link (issue #12): serialise, then parse, gives the state back', () => {
  beforeEach(() => {
    resetStore();
    resetRuntime();
  });

  it('the light id lists match the content', () => {
    expect([...conditionIds].sort()).toEqual(conditions.map((c) => c.id).sort());
    expect([...siteIds].sort()).toEqual(sites.map((s) => s.id).sort());
  });

  it('an orbit survives the link: written, read, placed and read back from the camera', () => {
    fc.assert(
      fc.property(orbitArb, (orbit) => {
        const cam = formatCamera({ kind: 'orbit', orbit });
        expect(parseCamera(cam)).toEqual({ kind: 'orbit', orbit });
        // Where the camera goes for it, read back as camera-controls would (Y up, azimuth from +Z).
        const { position: p, target: t } = orbitPose(orbit);
        const [dx, dy, dz] = [p[0] - t[0], p[1] - t[1], p[2] - t[2]];
        const r = Math.hypot(dx, dy, dz);
        expect(orbitFrom(Math.atan2(dx, dz), Math.acos(dy / r), r, t)).toEqual(orbit);
      }),
      { numRuns: 500, seed },
    );
  });

  it('every generated view: parse(serialise(state)) is the state, and serialising again gives the same link', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        linkStateArb.map((s) => ({ ...s, tour: null })),
        fc.constantFrom('patient', 'clinician'),
        (state, remembered) => {
          runs++;
          const c = ctx({ rememberedLevel: remembered });
          const search = writeLink(state, c);
          const back = { ...defaultLink(remembered), ...read(search) };
          expect(normalised(back)).toEqual(normalised(state));
          expect(writeLink(back, c)).toBe(search);
        },
      ),
      { numRuns: 1000, seed },
    );
    expect(runs).toBe(1000);
  });

  it('with a tour: what the link leaves out is what the step shows, so step + link is the state', () => {
    fc.assert(
      fc.property(linkStateArb, stepFieldsArb, (generated, base) => {
        const state = { ...generated, tour: generated.tour ?? { id: 'test-tour', index: 0 } };
        const c = ctx({ tourBase: base });
        const search = writeLink(state, c);
        const fields = read(search);
        const back = { ...defaultLink(), ...base, ...fields };
        expect(normalised(back)).toEqual(normalised(state));
        expect(writeLink(back, c)).toBe(search);
      }),
      { numRuns: 1000, seed },
    );
  });

  it('the format: short for a default view, documented names and values', () => {
    const view = {
      ...defaultLink(),
      selected: 'superficial-mcl' as const,
      site: 'ea-1',
      cameraLink: {
        kind: 'orbit' as const,
        orbit: { azimuth: 32.5, polar: 78.1, distance: 412, target: [0, 15, -3] as [number, number, number] },
      },
      layers: { ...defaultLink().layers, tendon: false, capsule: false },
      isolate: true,
      labels: true,
      day: 42,
      scheduleId: 'sit-2020',
    };
    expect(writeLink(defaultLink(), ctx())).toBe('');
    expect(writeLink(view, ctx())).toBe(
      '?s=superficial-mcl&site=ea-1&cam=32.5,78.1,412,0,15,-3&hide=tendon,capsule&iso=1&labels=1&day=42&schedule=sit-2020',
    );
    // The front view with nothing open is the default; with a card it is named.
    expect(writeLink({ ...defaultLink(), cameraLink: { kind: 'view', view: 'anterior' } }, ctx())).toBe('');
    expect(
      writeLink(
        { ...defaultLink(), condition: 'acl-laxity', cameraLink: { kind: 'view', view: 'anterior' } },
        ctx(),
      ),
    ).toBe('?c=acl-laxity&cam=anterior');
    // During a tour, going back to a default is named: the step would otherwise decide (isolate has
    // nothing to act on without a structure, so it is left out).
    const base = { ...view, tour: { id: 'test-tour', index: 1 } };
    const closed = {
      ...base,
      selected: null,
      site: null,
      layers: defaultLink().layers,
      day: 0,
      cameraLink: { kind: 'auto' as const },
    };
    expect(writeLink(closed, ctx({ tourBase: base }))).toBe(
      '?s=&site=&cam=auto&hide=&labels=1&day=0&schedule=sit-2020&tour=test-tour&step=2',
    );
  });
});

describe('bad values in a link are ignored with a notice, never a crash', () => {
  const notices = (link: string) => startFrom(link).notices.map(noticeText);

  it('names each ignored setting', () => {
    // Five ignored settings and more: the first four named, then a count (MAX_LINK_NOTICES).
    expect(notices('?c=gout&site=ea-99&cam=sideways&hide=bone,hair&iso=yes&lang=fr')).toEqual([
      'Ignored link setting c=gout: no such condition',
      'Ignored link setting site=ea-99: no such injection site',
      'Ignored link setting cam=sideways: use a view (anterior, medial, lateral, posterior) or azimuth,polar,distance,x,y,z',
      'Ignored layer ‘hair’ in hide=: no such layer',
      'Ignored 2 more link settings',
    ]);
    expect(notices('?iso=yes&labels=on')).toEqual([
      'Ignored link setting iso=yes: use iso=1 or iso=0',
      'Ignored link setting labels=on: use labels=1 or labels=0',
    ]);
    expect(notices('?cam=0,90,10,0,0,0')).toEqual([
      'Ignored link setting cam=0,90,10,0,0,0: use a view (anterior, medial, lateral, posterior) or azimuth,polar,distance,x,y,z',
    ]);
    expect(notices('?lang=fr')).toEqual(['Ignored link setting lang=fr: this app speaks en, es']);
    expect(notices('?s=acl&c=acl-laxity')).toEqual([
      'Ignored link setting s=acl: the link opens a condition, which wins',
    ]);
    expect(notices('?iso=1')).toEqual(['Ignored link setting iso=1: the link names no structure to isolate']);
  });

  it('applies the rest', () => {
    const { state, search } = startFrom('?c=gout&s=acl&hide=bone,hair&cam=medial&labels=2');
    expect(state.selected).toBe('acl');
    expect(state.layers.bone).toBe(false);
    expect(state.cameraLink).toEqual({ kind: 'view', view: 'medial' });
    expect(search).toBe('?s=acl&cam=medial&hide=bone');
  });
});
