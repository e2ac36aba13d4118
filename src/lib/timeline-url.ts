import { clampDay, TIMELINE_END } from './timeline-scale';
import { isIsoDate, normaliseDates } from './treatment-dates';

/** The timeline's part of the link: `?day=42&schedule=sit-2020`, or `?sessions=2026-01-05,2026-02-02`. */
export interface TimelineUrlState {
  day: number;
  /** A published schedule id, or 'mine' when the user's own session dates drive the timeline. */
  scheduleId: string;
  sessionDates: string[];
  playing: boolean;
  speed: number;
}

export type TimelineUrlProblem =
  | { kind: 'invalid-day'; value: string }
  | { kind: 'unknown-schedule'; value: string }
  | { kind: 'invalid-date'; value: string }
  | { kind: 'invalid-speed'; value: string }
  | { kind: 'invalid-play'; value: string }
  /** A published schedule named beside session dates: the dates set the timeline. */
  | { kind: 'ignored-schedule'; value: string };

export const MY_SCHEDULE = 'mine';
export const DEFAULT_SPEED = 7;
/** Days of healing per second of playback: a day, a week, a month. */
export const speeds: readonly number[] = [1, 7, 30];

export const timelineParams = {
  day: 'day',
  schedule: 'schedule',
  sessions: 'sessions',
  play: 'play',
  speed: 'speed',
} as const;
export const timelineParamNames: readonly string[] = Object.values(timelineParams);

export const timelineDefaults = (defaultScheduleId: string): TimelineUrlState => ({
  day: 0,
  scheduleId: defaultScheduleId,
  sessionDates: [],
  playing: false,
  speed: DEFAULT_SPEED,
});

/** Day to the link's precision (a tenth), so a day read from a link is written back unchanged. */
const linkDay = (day: number): number => clampDay(Math.round(day * 10) / 10);

/** Reads the timeline from a query string; never throws, and reports what it ignored. */
export const parseTimelineUrl = (
  search: string,
  isScheduleId: (id: string) => boolean,
  defaultScheduleId: string,
): { state: TimelineUrlState; problems: TimelineUrlProblem[] } => {
  const params = new URLSearchParams(search);
  const state = timelineDefaults(defaultScheduleId);
  const problems: TimelineUrlProblem[] = [];
  const day = params.get(timelineParams.day)?.trim();
  if (day) {
    const n = Number(day);
    if (Number.isFinite(n) && n >= 0 && n <= TIMELINE_END) state.day = linkDay(n);
    else problems.push({ kind: 'invalid-day', value: day });
  }
  const schedule = params.get(timelineParams.schedule)?.trim();
  if (schedule && isScheduleId(schedule)) state.scheduleId = schedule;
  else if (schedule && schedule !== MY_SCHEDULE) problems.push({ kind: 'unknown-schedule', value: schedule });
  const sessions =
    params
      .get(timelineParams.sessions)
      ?.split(',')
      .map((s) => s.trim()) ?? [];
  for (const s of new Set(sessions))
    if (s && !isIsoDate(s)) problems.push({ kind: 'invalid-date', value: s });
  state.sessionDates = normaliseDates(sessions);
  if (state.sessionDates.length > 0) {
    if (schedule && isScheduleId(schedule)) problems.push({ kind: 'ignored-schedule', value: schedule });
    state.scheduleId = MY_SCHEDULE;
  } else if (schedule === MY_SCHEDULE) {
    // "mine" is a schedule only with the user's own dates.
    problems.push({ kind: 'unknown-schedule', value: schedule });
  }
  const speed = params.get(timelineParams.speed)?.trim();
  if (speed && speeds.includes(Number(speed))) state.speed = Number(speed);
  else if (speed) problems.push({ kind: 'invalid-speed', value: speed });
  const play = params.get(timelineParams.play)?.trim();
  state.playing = play === '1';
  if (play && play !== '1' && play !== '0') problems.push({ kind: 'invalid-play', value: play });
  return { state, problems };
};

/** Adds the timeline to a query string made by serializeUrlState, leaving defaults out. */
export const withTimelineParams = (
  search: string,
  t: TimelineUrlState,
  defaultScheduleId: string,
): string => {
  const params = new URLSearchParams(search);
  const day = Math.round(t.day * 10) / 10;
  if (day > 0) params.set(timelineParams.day, String(day));
  if (t.scheduleId === MY_SCHEDULE && t.sessionDates.length > 0) {
    params.set(timelineParams.sessions, t.sessionDates.join(','));
  } else if (t.scheduleId !== defaultScheduleId && t.scheduleId !== MY_SCHEDULE) {
    params.set(timelineParams.schedule, t.scheduleId);
  }
  if (t.speed !== DEFAULT_SPEED) params.set(timelineParams.speed, String(t.speed));
  if (t.playing) params.set(timelineParams.play, '1');
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
};
