import { beforeEach, describe, expect, it } from 'vitest';
import { parseTourFile, tourFileName, tourFileText } from '../../src/lib/tour-file';
import { editCaption, moveStep, nearestView, removeStep, stepFromScreen } from '../../src/lib/tour-record';
import { addScreenAsStep, editOwnCaption, moveOwnStep, OWN_TOUR_ID } from '../../src/state/own-tour';
import { resetStore, startLayers, useStore } from '../../src/state/store';

const screen = {
  view: 'medial' as const,
  nearestView: 'medial' as const,
  layers: { ...startLayers(), capsule: false },
  selected: 'superficial-mcl' as const,
  condition: null,
  site: null,
  allSites: false,
  day: 0,
  scheduleId: 'rabago-2013',
};

describe('recording a step from the screen', () => {
  it('keeps camera, hidden layers, the card and the day', () => {
    const step = stepFromScreen({ ...screen, day: 41.6 }, 'The MCL');
    expect(step.camera).toEqual({ frame: ['superficial-mcl'], view: 'medial' });
    expect(step.layers).toEqual({ capsule: false });
    expect(step.select).toBe('superficial-mcl');
    expect(step.timeline).toEqual({ day: 42, schedule: 'rabago-2013' });
    expect(step.caption.title).toBe('The MCL');
  });

  it('puts an open site card above the structure, and a hand-turned camera on the nearest preset', () => {
    const step = stepFromScreen({ ...screen, view: 'custom', nearestView: 'posterior', site: 'x' }, 'Site');
    expect(step.site).toBe('x');
    expect(step.select).toBeUndefined();
    expect(step.camera).toEqual({ frame: ['superficial-mcl'], view: 'posterior' });
  });

  it('finds the nearest preset from a camera position', () => {
    expect(nearestView([0, 0, 1], [0, 0, 0])).toBe('anterior');
    expect(nearestView([1, 0, 0.2], [0, 0, 0])).toBe('medial');
    expect(nearestView([-1, 0, 0.2], [0, 0, 0])).toBe('lateral');
    expect(nearestView([0.1, 0, -1], [0, 0, 0])).toBe('posterior');
  });
});

describe('editing a tour', () => {
  const a = stepFromScreen(screen, 'A');
  const b = stepFromScreen({ ...screen, selected: 'lcl' }, 'B');
  const c = stepFromScreen({ ...screen, selected: 'acl' }, 'C');
  const tour = { id: 'my-tour', title: 'Mine', summary: 'Mine', steps: [a, b, c] };

  it('reorders, removes and edits captions (own words carry no sources)', () => {
    expect(moveStep(tour, 0, 2).steps.map((s) => s.caption.title)).toEqual(['B', 'C', 'A']);
    expect(moveStep(tour, 2, -5).steps.map((s) => s.caption.title)).toEqual(['C', 'A', 'B']);
    expect(removeStep(tour, 1).steps.map((s) => s.caption.title)).toEqual(['A', 'C']);
    const edited = editCaption(tour, 1, { patient: 'Outer ligament.' });
    expect(edited.steps[1]?.caption.patient).toEqual({ text: 'Outer ligament.', sources: [] });
    expect(edited.steps[1]?.caption.clinician).toEqual(b.caption.clinician);
  });
});

describe('tour files', () => {
  beforeEach(resetStore);

  it('exports and imports back equal', () => {
    useStore.setState({ selected: 'lcl', view: 'lateral' });
    addScreenAsStep('The LCL');
    useStore.setState({ selected: null, view: 'anterior', day: 90 });
    addScreenAsStep('Three months');
    editOwnCaption(0, { patient: 'The outer side ligament.', clinician: 'Lateral collateral ligament.' });
    moveOwnStep(1, 0);
    const tour = useStore.getState().ownTour;
    expect(tour?.id).toBe(OWN_TOUR_ID);
    if (!tour) throw new Error('no tour recorded');
    const back = parseTourFile(tourFileText(tour));
    expect(back).toEqual({ ok: true, tour });
    expect(tourFileName({ ...tour, title: 'My MCL tour!' })).toBe('my-mcl-tour.knee-tour.json');
  });

  it('refuses a malformed file and names the field', () => {
    const good = { id: 'mine', title: 'Mine', summary: 'Mine', steps: [stepFromScreen(screen, 'A')] };
    const badView = structuredClone(good) as { steps: { camera: { view: string } }[] };
    (badView.steps[0] as { camera: { view: string } }).camera.view = 'upside-down';
    const r1 = parseTourFile(JSON.stringify(badView));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.field).toMatch(/^steps\[0\]\.camera/);
    const r2 = parseTourFile(
      JSON.stringify({ ...good, steps: [{ ...good.steps[0], select: 'kneecap-bone' }] }),
    );
    expect(r2).toMatchObject({ ok: false, field: 'steps[0].select' });
    expect(parseTourFile('{"id": "x", "title": ')).toMatchObject({ ok: false, field: '(file)' });
    expect(parseTourFile(JSON.stringify({ ...good, title: 42 }))).toMatchObject({
      ok: false,
      field: 'title',
    });
    expect(parseTourFile('x'.repeat(600 * 1024))).toMatchObject({ ok: false, field: '(file)' });
  });
});
