import { type Category, categories, defaultLayers, type StructureId } from '../content/schema';
import type { Tour, TourStep } from '../content/tour-schema';

/**
 * "Add this view as a step" (issue #11): what is on screen, as a tour step. Plain functions over a
 * snapshot of the store, so the recorder is tested without a browser.
 */

export interface ScreenSnapshot {
  view: 'anterior' | 'medial' | 'lateral' | 'posterior' | 'custom';
  /** The preset nearest to a hand-turned camera (a tour step names presets, not exact orbits). */
  nearestView: 'anterior' | 'medial' | 'lateral' | 'posterior';
  layers: Record<Category, boolean>;
  selected: StructureId | null;
  condition: string | null;
  site: string | null;
  allSites: boolean;
  day: number;
  scheduleId: string;
}

const blank = { text: '', sources: [] };

export const stepFromScreen = (s: ScreenSnapshot, title: string): TourStep => {
  const view = s.view === 'custom' ? s.nearestView : s.view;
  const changed = categories.filter((c) => s.layers[c] !== defaultLayers[c]);
  const step: TourStep = {
    camera: s.selected ? { frame: [s.selected], view } : { view },
    caption: { title, patient: { ...blank }, clinician: { ...blank } },
  };
  if (changed.length > 0) step.layers = Object.fromEntries(changed.map((c) => [c, s.layers[c]]));
  // One card per step: the site sits on top of the structure or condition, so it wins.
  if (s.site) step.site = s.site;
  else if (s.condition) step.condition = s.condition;
  else if (s.selected) step.select = s.selected;
  if (s.allSites) step.allSites = true;
  if (s.day > 0) step.timeline = { day: Math.round(s.day), schedule: s.scheduleId };
  return step;
};

/** Moves step `from` to `to` (both clamped), leaving the others in order. */
export const moveStep = (tour: Tour, from: number, to: number): Tour => {
  const steps = [...tour.steps];
  const [step] = steps.splice(from, 1);
  if (!step) return tour;
  steps.splice(Math.max(0, Math.min(to, steps.length)), 0, step);
  return { ...tour, steps };
};

export const removeStep = (tour: Tour, index: number): Tour => ({
  ...tour,
  steps: tour.steps.filter((_, i) => i !== index),
});

/** Sets the caption text of one step at one reading level (the presenter's own words: no sources). */
export const editCaption = (
  tour: Tour,
  index: number,
  edit: { title?: string; patient?: string; clinician?: string },
): Tour => ({
  ...tour,
  steps: tour.steps.map((step, i) => {
    if (i !== index) return step;
    const c = step.caption;
    return {
      ...step,
      caption: {
        title: edit.title ?? c.title,
        patient: edit.patient === undefined ? c.patient : { text: edit.patient, sources: [] },
        clinician: edit.clinician === undefined ? c.clinician : { text: edit.clinician, sources: [] },
      },
    };
  }),
});

/** The preset nearest to where the camera stands (+Z anterior, +X medial for this right knee). */
export const nearestView = (
  position: readonly [number, number, number],
  target: readonly [number, number, number],
): ScreenSnapshot['nearestView'] => {
  const azimuth = Math.atan2(position[0] - target[0], position[2] - target[2]);
  const quarter = Math.round(azimuth / (Math.PI / 2));
  if (quarter === 1) return 'medial';
  if (quarter === -1) return 'lateral';
  return quarter === 0 ? 'anterior' : 'posterior';
};
