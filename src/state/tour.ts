import type { Tour } from '../content/tour-schema';
import { shownValue } from '../lib/url-state';
import { takeTourBase } from './link';
import { takeLinkOverlay } from './link-overlay';
import { closeAll } from './navigation';
import { runtime } from './runtime';
import { addNotice, setView, startLayers, type TourRef, useStore } from './store';
import { setDay } from './timeline';
import { applyStep } from './tour-apply';
import { findTour, loadedTours } from './tour-catalogue';

/**
 * The guided-tour player (issue #11): which tour is on screen and its step live in the store
 * (`tour`, and so in the link); these actions move between steps and put each one on screen
 * (tour-apply.ts). Steps are counted from 0 here; the link and the tour bar count from 1.
 */

/** The step last put on screen, so a link's tour is applied once its tours have loaded. */
let applied: TourRef | null = null;

const show = (tour: Tour, index: number): boolean => {
  const step = tour.steps[index];
  if (!step || useStore.getState().locked) return false;
  const ref = { id: tour.id, index };
  applied = ref;
  useStore.setState({ tour: ref, tourPicker: false, blanked: false });
  applyStep(step);
  // What the step put on screen: the link names only what differs from it (lib/link.ts).
  takeTourBase();
  return true;
};

/** The running tour and its step, with the tour's length; null when none runs (or it is not loaded). */
export const tourPosition = (): { tour: Tour; index: number; total: number } | null => {
  const ref = useStore.getState().tour;
  const tour = ref ? findTour(ref.id) : undefined;
  return ref && tour ? { tour, index: ref.index, total: tour.steps.length } : null;
};

/** Starts a tour at a step (the first by default, clamped to the tour). False for an unknown tour. */
export const startTour = (id: string, index = 0): boolean => {
  const tour = findTour(id);
  if (!tour) return false;
  return show(tour, Math.min(Math.max(0, Math.trunc(index)), tour.steps.length - 1));
};

/** Goes to a step of the running tour; false (nothing changes) past either end or with no tour. */
export const goToStep = (index: number): boolean => {
  const at = tourPosition();
  if (!at || index < 0 || index >= at.total || index === at.index) return false;
  return show(at.tour, index);
};

export const nextStep = (): boolean => {
  const at = tourPosition();
  return at ? goToStep(at.index + 1) : false;
};

export const prevStep = (): boolean => {
  const at = tourPosition();
  return at ? goToStep(at.index - 1) : false;
};

/** Ends the tour: the whole knee again, every layer, no card, day 0, from the front. */
export const endTour = (): void => {
  if (useStore.getState().tour === null) return;
  applied = null;
  useStore.setState({ tour: null, tourBase: null, layers: startLayers(), allSites: false, isolate: false });
  closeAll();
  setDay(0);
  setView('anterior');
};

/**
 * Puts the store's tour on screen if nothing has yet: a link's `?tour=…&step=…`, read before the
 * tours had loaded. An unknown tour, or a step past its end, is said in a notice.
 */
export const resumeTour = (): void => {
  const ref = useStore.getState().tour;
  if (!ref || ref === applied) return;
  const tour = findTour(ref.id);
  if (!tour) {
    useStore.setState({ tour: null });
    takeLinkOverlay();
    addNotice('unknownTour', { id: shownValue(ref.id) });
    return;
  }
  if (ref.index >= tour.steps.length) {
    addNotice('tourStepRange', { step: String(ref.index + 1), total: String(tour.steps.length) });
  }
  startTour(ref.id, ref.index);
  // A link's own settings go back over the step (each time the step is put on screen).
  const overlay = takeLinkOverlay();
  overlay?.();
  // Before the 3D view is up, its camera starts from the store (a preset or the selection) but not
  // from a site: put the step on screen again once the camera is there to follow it.
  if (runtime.getState().settled) return;
  const shown = useStore.getState().tour;
  const stop = runtime.subscribe((r) => {
    if (!r.settled) return;
    stop();
    queueMicrotask(() => {
      if (shown && useStore.getState().tour === shown && show(tour, shown.index)) overlay?.();
    });
  });
};

/** The tours for a list: id, title, summary and number of steps. */
export const tourSummaries = () =>
  loadedTours().map((t) => ({ id: t.id, title: t.title, summary: t.summary, steps: t.steps.length }));
