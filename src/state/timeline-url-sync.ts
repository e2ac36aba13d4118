import { defaultScheduleId, isScheduleId } from '../content/healing';
import { parseTimelineUrl, type TimelineUrlProblem, withTimelineParams } from '../lib/timeline-url';
import { type AppState, type Notice, useStore } from './store';

const noticeKeys: Record<TimelineUrlProblem['kind'], string> = {
  'invalid-day': 'invalidDay',
  'unknown-schedule': 'unknownSchedule',
  'invalid-date': 'invalidDate',
  'invalid-speed': 'invalidSpeed',
  'invalid-play': 'invalidPlay',
  'ignored-schedule': 'ignoredSchedule',
};

/** The link's timeline (day, schedule, session dates), and a notice for each thing it ignored. */
export const readTimelineUrl = (search: string) => {
  const { state, problems } = parseTimelineUrl(search, isScheduleId, defaultScheduleId);
  const notices = problems.map(
    (p): Omit<Notice, 'id'> => ({ key: noticeKeys[p.kind], values: { value: p.value } }),
  );
  return { state, notices };
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
