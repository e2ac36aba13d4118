import { languages } from '../i18n/languages';
import type { TimelineUrlProblem } from '../lib/timeline-url';
import type { TourUrlProblem } from '../lib/tour-url';
import { shownValue, type UrlProblem } from '../lib/url-state';
import type { ViewUrlProblem } from '../lib/view-url';
import type { Notice } from './store';

/** A notice for something a link asked for and the app ignored (keys under `notices.` in the locale). */
export type NoticeSpec = Omit<Notice, 'id'>;

export const urlNotice = (p: UrlProblem): NoticeSpec =>
  p.kind === 'unknown-structure'
    ? { key: 'unknownStructure', values: { id: p.id } }
    : { key: p.kind === 'repeated-param' ? 'repeatedParam' : 'unknownParam', values: { name: p.name } };

const viewKeys: Record<ViewUrlProblem['kind'], string> = {
  'unknown-condition': 'unknownCondition',
  'unknown-site': 'unknownSite',
  'invalid-camera': 'invalidCamera',
  'unknown-layer': 'unknownLayer',
  'invalid-switch': 'invalidSwitch',
  'unknown-language': 'unknownLanguage',
  'structure-and-condition': 'structureAndCondition',
  'isolate-without-structure': 'isolateWithoutStructure',
};

export const viewNotice = (p: ViewUrlProblem): NoticeSpec => {
  if (p.kind === 'invalid-switch') return { key: viewKeys[p.kind], values: { name: p.name, value: p.value } };
  if (p.kind === 'unknown-language')
    return { key: viewKeys[p.kind], values: { value: p.value, languages: languages.join(', ') } };
  return { key: viewKeys[p.kind], values: { value: p.value } };
};

const timelineKeys: Record<TimelineUrlProblem['kind'], string> = {
  'invalid-day': 'invalidDay',
  'unknown-schedule': 'unknownSchedule',
  'invalid-date': 'invalidDate',
  'invalid-speed': 'invalidSpeed',
  'invalid-play': 'invalidPlay',
  'ignored-schedule': 'ignoredSchedule',
};

export const timelineNotice = (p: TimelineUrlProblem): NoticeSpec => ({
  key: timelineKeys[p.kind],
  values: { value: p.value },
});

const tourKeys: Record<TourUrlProblem['kind'], string> = {
  'invalid-tour': 'invalidTour',
  'invalid-step': 'invalidStep',
  'step-without-tour': 'stepWithoutTour',
};

export const tourNotice = (p: TourUrlProblem): NoticeSpec => ({
  key: tourKeys[p.kind],
  values: { value: p.value },
});

/** More notices than this and the last one counts the rest: a link can hold thousands of settings. */
export const MAX_LINK_NOTICES = 5;

/**
 * One notice per ignored setting, its values cut to a readable length; past MAX_LINK_NOTICES, the
 * first ones and a count of the others.
 */
export const linkNotices = (all: readonly NoticeSpec[]): NoticeSpec[] => {
  const shown = all.map(({ key, values }) => ({
    key,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, shownValue(v)])),
  }));
  if (shown.length <= MAX_LINK_NOTICES) return shown;
  const named = shown.slice(0, MAX_LINK_NOTICES - 1);
  return [...named, { key: 'moreIgnored', values: { count: String(shown.length - named.length) } }];
};
