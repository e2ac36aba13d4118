import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { conditionIds, siteIds } from '../../src/content/card-ids';
import { schedules } from '../../src/content/healing';
import { categories } from '../../src/content/schema';
import { structureIds } from '../../src/content/structure-ids';
import { viewNames } from '../../src/lib/camera-url';
import { setCameraOrbit } from '../../src/state/camera-link';
import { openCondition, openSite } from '../../src/state/cards';
import { linkSearch } from '../../src/state/link';
import { select, selectInPlace } from '../../src/state/navigation';
import { setAllSites } from '../../src/state/preferences';
import { setLabels, setMode } from '../../src/state/presentation';
import { resetRuntime, runtime } from '../../src/state/runtime';
import {
  frameFocus,
  modes,
  resetStore,
  setIsolate,
  setLayer,
  setView,
  useStore,
} from '../../src/state/store';
import { setDay, setSchedule, setSessionDates } from '../../src/state/timeline';
import { endTour, nextStep, prevStep, resumeTour, startTour } from '../../src/state/tour';
import { provideTours } from '../../src/state/tour-catalogue';
import { startUrlSync } from '../../src/state/url-sync';
import { orbitArb } from '../helpers/link-arbitraries';
import { other, tour } from '../helpers/tour-fixture';
import { fakeWindow } from '../helpers/url-fuzz';

const seed = Number(process.env.FUZZ_SEED ?? 20261213);

/** Something a user (or the API) does, by name for the counterexample. */
type Action = [string, () => void];
const act = <T>(name: string, arb: fc.Arbitrary<T>, run: (v: T) => void): fc.Arbitrary<Action> =>
  arb.map((v): Action => [`${name}(${JSON.stringify(v)})`, () => run(v)]);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  act('select', fc.option(fc.constantFrom(...structureIds)), (id) => select(id)),
  act('selectInPlace', fc.constantFrom(...structureIds), (id) => selectInPlace(id)),
  act('openCondition', fc.constantFrom(...conditionIds), (id) => openCondition(id)),
  act('openSite', fc.option(fc.constantFrom(...siteIds)), (id) => openSite(id)),
  act('setView', fc.constantFrom(...viewNames), setView),
  act('setCameraOrbit', orbitArb, setCameraOrbit),
  act('frameFocus', fc.constant(0), frameFocus),
  act('setLayer', fc.tuple(fc.constantFrom(...categories), fc.boolean()), ([c, v]) => setLayer(c, v)),
  act('setIsolate', fc.boolean(), setIsolate),
  act('setAllSites', fc.boolean(), setAllSites),
  act('setLabels', fc.boolean(), setLabels),
  act('setMode', fc.constantFrom(...modes), setMode),
  act('setDay', fc.integer({ min: 0, max: 3640 }), (d) => setDay(d / 10)),
  act('setSchedule', fc.constantFrom(...schedules.map((s) => s.id)), setSchedule),
  act('setSessionDates', fc.constantFrom(['2026-01-05'], ['2026-01-05', '2026-02-02']), (d) =>
    setSessionDates(d, '2026-03-01'),
  ),
  act('nextStep', fc.constant(0), nextStep),
  act('prevStep', fc.constant(0), prevStep),
  act('endTour', fc.constant(0), endTour),
);

/** A fresh app (store, runtime, camera) syncing with a fake address bar. */
const fresh = (search: string) => {
  resetStore();
  resetRuntime();
  const win = fakeWindow(`http://knee.test/${search}`);
  return { win, stop: startUrlSync(win) };
};

describe('link() → load → link() in Node: the app writes what it reads back (issue #12)', () => {
  beforeEach(() => provideTours([tour, other]));

  it('any sequence of actions, with or without a tour running', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        // A tour started at any of its steps (the fixture's tours have 3 and 1).
        fc.option(fc.tuple(fc.constantFrom(tour.id, other.id), fc.nat(2))),
        fc.array(actionArb, { maxLength: 10 }),
        (started, actions) => {
          runs++;
          const sender = fresh('');
          if (started) startTour(...started);
          for (const [, run] of actions) run();
          const link = linkSearch();
          expect(sender.win.location.search).toBe(link); // the address bar follows
          sender.stop();

          const receiver = fresh(link);
          resumeTour();
          expect(useStore.getState().notices).toEqual([]);
          expect(linkSearch()).toBe(link);
          expect(receiver.win.location.search).toBe(link);
          receiver.stop();
        },
      ),
      { numRuns: 600, seed },
    );
    expect(runs).toBe(600);
  });

  it('a camera moved by hand is named by the orbit it rests at, never before', () => {
    const { win, stop } = fresh('?s=acl');
    const orbit = { azimuth: 12.3, polar: 80, distance: 300, target: [1, 2, 3] as [number, number, number] };
    runtime.setState({ orbit: () => orbit });
    // A tap on the model selects in place: the link keeps the orbit the camera is at.
    selectInPlace('pcl');
    expect(win.location.search).toBe('?s=pcl&cam=12.3,80,300,1,2,3');
    stop();
  });
});
