import { type Category, categories, defaultLayers } from '../content/schema';
import type { StructureId } from '../content/structure-ids';
import type { Language } from '../i18n/languages';
import { type CameraLink, sameCamera } from './camera-url';
import type { ReadingLevel } from './reading-level';
import { MY_SCHEDULE, type TimelineUrlState, timelineParams, withTimelineParams } from './timeline-url';
import { type TourRef, withTourParams } from './tour-url';
import { serializeUrlState, type UrlMode } from './url-state';
import { cardEntries, type ViewUrlState, viewEntries, viewParams } from './view-url';

/**
 * The whole view as a link (issue #12). Every setting is written when it differs from its default,
 * so an untouched view is a short link. While a tour runs, its step decides the settings the link
 * leaves out; so a setting that differs from what the step put on screen is written even when it is
 * the default (`s=`, `hide=`, `day=0`, `cam=auto`…), and a link opens exactly the view it was made of.
 */
export interface LinkState extends TimelineUrlState {
  selected: StructureId | null;
  condition: string | null;
  site: string | null;
  readingLevel: ReadingLevel;
  mode: UrlMode;
  cameraLink: CameraLink;
  layers: Record<Category, boolean>;
  isolate: boolean;
  allSites: boolean;
  labels: boolean;
  language: Language;
  tour: TourRef | null;
}

/** The settings a tour step puts on screen (state/tour-apply.ts), so the link can leave them to it. */
export const stepKeys = [
  'selected',
  'condition',
  'site',
  'cameraLink',
  'layers',
  'isolate',
  'allSites',
  'day',
  'scheduleId',
] as const;
export type StepFields = Pick<LinkState, (typeof stepKeys)[number]>;

/** What a link is written against: what this device would show without it. */
export interface LinkContext {
  /** The reading level this device opens with (remembered, else patient). */
  rememberedLevel: ReadingLevel;
  deviceLanguage: Language;
  defaultScheduleId: string;
  /** While a tour runs: the settings its step put on screen. */
  tourBase?: StepFields | null;
}

/** Query parameters in the order a link lists them: the card, how it reads, the view, the timeline, the tour. */
export const linkOrder = [
  's',
  viewParams.condition,
  viewParams.site,
  'level',
  'mode',
  viewParams.camera,
  viewParams.hide,
  viewParams.show,
  viewParams.isolate,
  viewParams.allSites,
  viewParams.labels,
  viewParams.language,
  ...Object.values(timelineParams),
  'tour',
  'step',
] as const;

/** Layers that start on and are off, and layers that start off and are on: what a link must say. */
const hiddenOf = (layers: Record<Category, boolean>): Category[] =>
  categories.filter((c) => defaultLayers[c] && !layers[c]);
const shownOf = (layers: Record<Category, boolean>): Category[] =>
  categories.filter((c) => !defaultLayers[c] && layers[c]);
const layerKey = (layers: Record<Category, boolean>): string =>
  categories.map((c) => (layers[c] ? 1 : 0)).join('');
const anyCard = (s: StepFields): boolean => s.selected !== null || s.condition !== null || s.site !== null;

/** The front view with no card open is what the app shows by itself: the same as `auto`. */
export const effectiveCamera = (s: StepFields): CameraLink =>
  s.cameraLink.kind === 'view' && s.cameraLink.view === 'anterior' && !anyCard(s)
    ? { kind: 'auto' }
    : s.cameraLink;

/** Isolate counts only with a structure to isolate. */
const effectiveIsolate = (s: StepFields): boolean => s.isolate && s.selected !== null;

/** Does the state `a` differ from the step `b` in what the receiver would see? */
const differs: { [K in (typeof stepKeys)[number]]: (a: StepFields, b: StepFields) => boolean } = {
  selected: (a, b) => a.selected !== b.selected,
  condition: (a, b) => a.condition !== b.condition,
  site: (a, b) => a.site !== b.site,
  // A new card puts the camera to 'auto' (state/camera-link.ts): name the camera whenever the card differs.
  cameraLink: (a, b) =>
    !sameCamera(effectiveCamera(a), effectiveCamera(b)) ||
    a.selected !== b.selected ||
    a.condition !== b.condition ||
    a.site !== b.site,
  layers: (a, b) => layerKey(a.layers) !== layerKey(b.layers),
  // The step's isolate goes with the link's structure (a new card keeps isolate; closing clears it).
  isolate: (a, b) => effectiveIsolate(a) !== (b.isolate && a.selected !== null),
  allSites: (a, b) => a.allSites !== b.allSites,
  day: (a, b) => Math.round(a.day * 10) !== Math.round(b.day * 10),
  scheduleId: (a, b) => a.scheduleId !== b.scheduleId,
};

/** The link's query string ("?s=acl&cam=medial…", or "" for the default view). */
export const writeLink = (s: LinkState, ctx: LinkContext): string => {
  const base = ctx.tourBase && s.tour ? ctx.tourBase : null;
  const off = (key: (typeof stepKeys)[number]): boolean => base !== null && differs[key](s, base);
  const camera = effectiveCamera(s);
  const view: ViewUrlState = {
    condition: s.condition ?? (off('condition') ? null : undefined),
    site: s.site ?? (off('site') ? null : undefined),
  };
  if (camera.kind !== 'auto' || off('cameraLink')) view.camera = camera;
  // Either list resets the layers to their defaults before it applies (lib/link-read.ts).
  const hidden = hiddenOf(s.layers);
  if (hidden.length > 0 || off('layers')) view.hidden = hidden;
  const shown = shownOf(s.layers);
  if (shown.length > 0) view.shown = shown;
  if (effectiveIsolate(s) || off('isolate')) view.isolate = effectiveIsolate(s);
  if (s.allSites || off('allSites')) view.allSites = s.allSites;
  if (s.labels) view.labels = true;
  if (s.language !== ctx.deviceLanguage) view.language = s.language;

  const old = withTourParams(
    withTimelineParams(
      serializeUrlState({ selected: s.selected, level: s.readingLevel, mode: s.mode }, ctx.rememberedLevel),
      { ...s, playing: false },
      ctx.defaultScheduleId,
    ),
    s.tour,
  );
  const values = new Map<string, string>([
    ...new URLSearchParams(old),
    ...cardEntries(view),
    ...viewEntries(view),
  ]);
  if (off('selected') && s.selected === null) values.set('s', '');
  if (off('day') && !values.has(timelineParams.day)) values.set(timelineParams.day, '0');
  if (off('scheduleId') && s.scheduleId !== MY_SCHEDULE && !values.has(timelineParams.schedule))
    values.set(timelineParams.schedule, s.scheduleId);

  const params = new URLSearchParams();
  for (const name of linkOrder) {
    const value = values.get(name);
    if (value !== undefined) params.set(name, value);
  }
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
};

/** The step settings of a state (what a tour step put on screen, when taken right after it). */
export const stepFieldsOf = (s: StepFields): StepFields => ({
  selected: s.selected,
  condition: s.condition,
  site: s.site,
  cameraLink: s.cameraLink,
  layers: { ...s.layers },
  isolate: s.isolate,
  allSites: s.allSites,
  day: s.day,
  scheduleId: s.scheduleId,
});
