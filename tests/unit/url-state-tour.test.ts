import { beforeEach, describe, expect, it } from 'vitest';
import { parseTourUrl, withTourParams } from '../../src/lib/tour-url';
import { parseUrlState } from '../../src/lib/url-state';
import { runtime } from '../../src/state/runtime';
import { resetStore, useStore } from '../../src/state/store';
import { endTour, nextStep, prevStep, resumeTour } from '../../src/state/tour';
import { provideTours } from '../../src/state/tour-catalogue';
import { startUrlSync } from '../../src/state/url-sync';
import { fakeWindowAt as fakeWindow, other, tour } from '../helpers/tour-fixture';

const state = () => useStore.getState();
const noticeKeys = () => state().notices.map((n) => n.key);

describe('the tour in the link (issue #11)', () => {
  beforeEach(() => {
    resetStore();
    runtime.setState({ cameraQueue: [] });
    provideTours([tour, other]);
  });

  it('the step is in the link (counted from 1) and a link starts the tour there', () => {
    expect(parseTourUrl('?tour=test-tour&step=2')).toEqual({
      tour: { id: 'test-tour', index: 1 },
      problems: [],
    });
    expect(withTourParams('?s=acl', { id: 'test-tour', index: 1 })).toBe('?s=acl&tour=test-tour&step=2');
    expect(parseTourUrl(withTourParams('', { id: 'a-b', index: 39 })).tour).toEqual({ id: 'a-b', index: 39 });
    expect(parseUrlState('?tour=test-tour&step=2').problems).toEqual([]);

    const win = fakeWindow('?tour=test-tour&step=2');
    const stop = startUrlSync(win);
    // Read at once; put on screen when the tours have loaded.
    expect(state().tour).toEqual({ id: 'test-tour', index: 1 });
    resumeTour();
    expect(state().selected).toBe('superficial-mcl');
    nextStep();
    // (The schedule of the step before stays: a step without a timeline shows day 0 of it.) Since
    // issue #12 the link also names the step's site card and its "all sites" markers.
    expect(win.location.search).toBe('?site=ea-1&allsites=1&schedule=sit-2020&tour=test-tour&step=3');
    prevStep();
    expect(new URLSearchParams(win.location.search).get('step')).toBe('2');
    expect(new URLSearchParams(win.location.search).get('s')).toBe('superficial-mcl');
    endTour();
    expect(win.location.search).toBe('?schedule=sit-2020');
    stop();
  });

  it('a link to an unknown tour, or past its end, or a malformed one, is said in a notice', () => {
    let stop = startUrlSync(fakeWindow('?tour=nope&step=2'));
    resumeTour();
    expect(state().tour).toBeNull();
    expect(noticeKeys()).toEqual(['unknownTour']);
    stop();

    resetStore();
    stop = startUrlSync(fakeWindow('?tour=test-tour&step=9'));
    resumeTour();
    expect(state().tour).toEqual({ id: 'test-tour', index: 2 });
    expect(noticeKeys()).toEqual(['tourStepRange']);
    stop();

    resetStore();
    stop = startUrlSync(fakeWindow('?tour=Bad_Id&step=0'));
    expect(state().tour).toBeNull();
    expect(noticeKeys()).toEqual(['invalidTour', 'invalidStep']);
    stop();

    resetStore();
    stop = startUrlSync(fakeWindow('?step=3'));
    expect(noticeKeys()).toEqual(['stepWithoutTour']);
    stop();
  });
});
