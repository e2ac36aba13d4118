import { type Category, categories, defaultLayers } from '../content/schema';
import { isStructureId, type StructureId } from '../content/structure-ids';
import type { LinkState } from './link';
import { parseTimelineUrl, type TimelineUrlProblem, timelineParams } from './timeline-url';
import { parseTourUrl, type TourUrlProblem } from './tour-url';
import { parseUrlState, type UrlProblem } from './url-state';
import { parseViewUrl, type ViewUrlProblem, viewParams } from './view-url';

/** What a link names, field by field (absent: the link leaves it to the default or a tour step). */
export type LinkFields = Partial<LinkState>;

export interface ReadLinkResult {
  fields: LinkFields;
  problems: {
    url: UrlProblem[];
    view: ViewUrlProblem[];
    timeline: TimelineUrlProblem[];
    tour: TourUrlProblem[];
  };
}

export interface ReadLinkOptions {
  isScheduleId: (id: string) => boolean;
  defaultScheduleId: string;
  isStructure?: (id: string) => id is StructureId;
}

/** The default layers, less those `hide=` names, plus those `show=` names. */
const layersFrom = (hidden: readonly Category[], shown: readonly Category[]): Record<Category, boolean> =>
  Object.fromEntries(
    categories.map((c) => [c, shown.includes(c) || (defaultLayers[c] && !hidden.includes(c))]),
  ) as Record<Category, boolean>;

/**
 * Reads every setting a link names (the inverse of `writeLink`). Never throws: whatever it does not
 * understand is a problem for a notice, and the rest still applies.
 */
export const readLinkFields = (search: string, options: ReadLinkOptions): ReadLinkResult => {
  const params = new URLSearchParams(search);
  const url = parseUrlState(search, options.isStructure ?? isStructureId);
  const view = parseViewUrl(search);
  const timeline = parseTimelineUrl(search, options.isScheduleId, options.defaultScheduleId);
  const tour = parseTourUrl(search);
  const fields: LinkFields = {};
  const viewProblems = [...view.problems];

  if (params.has('s') && !url.problems.some((p) => p.kind === 'unknown-structure')) {
    fields.selected = url.state.selected;
  }
  const v = view.state;
  if (v.condition !== undefined) fields.condition = v.condition;
  if (v.site !== undefined) fields.site = v.site;
  if (fields.selected && fields.condition) {
    viewProblems.push({ kind: 'structure-and-condition', value: fields.selected });
    fields.selected = null;
  }
  if (url.state.level) fields.readingLevel = url.state.level;
  if (url.state.mode) fields.mode = url.state.mode;
  if (v.camera) fields.cameraLink = v.camera;
  if (v.hidden || v.shown) fields.layers = layersFrom(v.hidden ?? [], v.shown ?? []);
  if (v.isolate && !fields.selected) {
    viewProblems.push({ kind: 'isolate-without-structure', value: `${viewParams.isolate}=1` });
  } else if (v.isolate !== undefined) fields.isolate = v.isolate;
  if (v.allSites !== undefined) fields.allSites = v.allSites;
  if (v.labels !== undefined) fields.labels = v.labels;
  if (v.language) fields.language = v.language;

  const t = timeline.state;
  const bad = (kind: TimelineUrlProblem['kind']) => timeline.problems.some((p) => p.kind === kind);
  if (params.has(timelineParams.day) && !bad('invalid-day')) fields.day = t.day;
  if (t.sessionDates.length > 0) fields.sessionDates = t.sessionDates;
  if (
    t.scheduleId !== options.defaultScheduleId ||
    (params.has(timelineParams.schedule) && !bad('unknown-schedule'))
  )
    fields.scheduleId = t.scheduleId;
  if (params.has(timelineParams.speed) && !bad('invalid-speed')) fields.speed = t.speed;
  if (params.has(timelineParams.play) && !bad('invalid-play')) fields.playing = t.playing;
  if (tour.tour) fields.tour = tour.tour;
  return {
    fields,
    problems: { url: url.problems, view: viewProblems, timeline: timeline.problems, tour: tour.problems },
  };
};
