import { defaultScheduleId, isScheduleId } from '../content/healing';
import { parseTimelineUrl, type TimelineUrlProblem, withTimelineParams } from '../lib/timeline-url';
import { type AppState, addNotice, useStore } from './store';

const noticeKeys: Record<TimelineUrlProblem['kind'], string> = {
  'invalid-day': 'invalidDay',
  'unknown-schedule': 'unknownSchedule',
  'invalid-date': 'invalidDate',
  'invalid-speed': 'invalidSpeed',
};

/** Applies the link's timeline (day, schedule, session dates) at start-up, with a notice per problem. */
export const applyTimelineUrl = (search: string): void => {
  const { state, problems } = parseTimelineUrl(search, isScheduleId, defaultScheduleId);
  for (const p of problems) addNotice(noticeKeys[p.kind], { value: p.value });
  useStore.setState(state);
};

/** Adds the current timeline to the query string built for the rest of the state. */
export const timelineSearch = (search: string, s: AppState = useStore.getState()): string =>
  withTimelineParams(search, { ...s, playing: false }, defaultScheduleId);

/** Rewrite the link? Not on every frame of playback: only when it stops, or by hand. */
export const timelineUrlChanged = (s: AppState, prev: AppState): boolean =>
  s.playing !== prev.playing ||
  s.scheduleId !== prev.scheduleId ||
  s.sessionDates !== prev.sessionDates ||
  s.speed !== prev.speed ||
  (s.day !== prev.day && !s.playing);
