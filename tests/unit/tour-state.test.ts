import { beforeEach, describe, expect, it } from 'vitest';
import { select } from '../../src/state/navigation';
import { setBlanked, setMode, stepView } from '../../src/state/presentation';
import { runtime } from '../../src/state/runtime';
import { resetStore, startLayers, useStore } from '../../src/state/store';
import { endTour, goToStep, nextStep, prevStep, startTour, tourPosition } from '../../src/state/tour';
import { stepCards } from '../../src/state/tour-apply';
import { provideTours } from '../../src/state/tour-catalogue';
import { other, tour } from '../helpers/tour-fixture';

const state = () => useStore.getState();

describe('the built-in tours', () => {
  it('name only cards the content knows, so every step opens what it says', async () => {
    const { tours } = await import('../../src/content/tours');
    expect(tours.length).toBeGreaterThanOrEqual(4);
    for (const t of tours) {
      t.steps.forEach((step, i) => {
        const expected = {
          selected: step.select ?? null,
          condition: step.condition ?? null,
          site: step.site ?? null,
        };
        expect(stepCards(step), `${t.id} step ${i + 1}`).toEqual(expected);
      });
    }
  });
});

describe('the tour player', () => {
  beforeEach(() => {
    resetStore();
    runtime.setState({ cameraQueue: [] });
    provideTours([tour, other]);
  });

  it('starts at the first step and stays inside the tour at both ends', () => {
    expect(startTour('no-such-tour')).toBe(false);
    expect(state().tour).toBeNull();
    expect(startTour('test-tour')).toBe(true);
    expect(tourPosition()).toMatchObject({ index: 0, total: 3 });
    expect(prevStep()).toBe(false);
    expect(state().tour).toEqual({ id: 'test-tour', index: 0 });
    expect(nextStep()).toBe(true);
    expect(nextStep()).toBe(true);
    expect(state().tour).toEqual({ id: 'test-tour', index: 2 });
    expect(nextStep()).toBe(false);
    expect(state().tour?.index).toBe(2);
    expect(prevStep()).toBe(true);
    expect(state().tour?.index).toBe(1);
    expect(goToStep(7)).toBe(false);
    expect(goToStep(-1)).toBe(false);
    expect(startTour('test-tour', 99)).toBe(true);
    expect(state().tour?.index).toBe(2);
  });

  it('applies each step to the store: camera, layers, card, sites, timeline', () => {
    select('acl');
    startTour('test-tour');
    expect(state()).toMatchObject({ selected: null, condition: null, site: null, day: 0, allSites: false });
    expect(state().layers).toEqual(startLayers());
    expect(runtime.getState().cameraQueue.at(-1)).toEqual({ kind: 'view', view: 'anterior' });
    expect(state().view).toBe('anterior');

    nextStep();
    expect(state()).toMatchObject({
      selected: 'superficial-mcl',
      day: 42,
      scheduleId: 'sit-2020',
      playing: false,
    });
    expect(state().layers).toEqual({ ...startLayers(), tendon: false });
    // The step's frame list, from its preset.
    expect(runtime.getState().cameraQueue.at(-1)).toEqual({
      kind: 'frame-ids',
      ids: ['superficial-mcl'],
      view: 'medial',
    });
    expect(state().view).toBe('medial');

    runtime.setState({ cameraQueue: [] });
    nextStep();
    // A site is seen from its own viewpoint: the camera follows the card, no preset is pushed.
    expect(state()).toMatchObject({ selected: null, site: 'ea-1', allSites: true, day: 0 });
    expect(state().layers).toEqual(startLayers());
    expect(runtime.getState().cameraQueue).toEqual([]);

    prevStep();
    expect(state()).toMatchObject({ selected: 'superficial-mcl', site: null, day: 42, allSites: false });
    // Tour steps leave no trail on the Back stack.
    expect(state().back).toEqual([]);

    startTour('second-tour');
    expect(state()).toMatchObject({ tour: { id: 'second-tour', index: 0 }, condition: 'chronic-mcl-sprain' });
  });

  it('ends with the whole knee: no card, every layer, day 0, from the front', () => {
    startTour('test-tour', 1);
    endTour();
    expect(state()).toMatchObject({
      tour: null,
      selected: null,
      site: null,
      day: 0,
      allSites: false,
      view: 'anterior',
    });
    expect(state().layers).toEqual(startLayers());
    expect(nextStep()).toBe(false);
  });

  it('presentation mode: labels on, blank only while presenting, view presets step around the knee', () => {
    expect(setBlanked(true)).toBe(false);
    setMode('present');
    expect(state().mode).toBe('present');
    expect(setBlanked(true)).toBe(true);
    expect(state().blanked).toBe(true);
    setMode('explore');
    expect(state().blanked).toBe(false);
    expect(stepView(1)).toBe('medial');
    expect(stepView(1)).toBe('posterior');
    expect(stepView(-1)).toBe('medial');
    useStore.setState({ view: 'custom' });
    expect(stepView(1)).toBe('posterior');
    expect(stepView(-1)).toBe('medial');
    expect(stepView(-1)).toBe('anterior');
    expect(stepView(-1)).toBe('lateral');
  });
});
