import { defaultScheduleId, isScheduleId } from '../content/healing';
import { type HealingState, healingAt } from '../lib/healing';
import { type ActiveSchedule, activeSchedule } from '../lib/schedule';
import { clampDay, TIMELINE_END } from '../lib/timeline-scale';
import { MY_SCHEDULE, speeds } from '../lib/timeline-url';
import { normaliseDates, todayOnTimeline } from '../lib/treatment-dates';
import { type AppState, useStore } from './store';

/** The schedule the timeline follows now (memoised: safe to call every frame). */
export const scheduleOf = (s: Pick<AppState, 'scheduleId' | 'sessionDates'>): ActiveSchedule =>
  activeSchedule(s.scheduleId, s.sessionDates);

/** The tissue on the current day of the current schedule. */
export const healingNow = (s: AppState = useStore.getState()): HealingState =>
  healingAt(s.day, scheduleOf(s));

/** Moves the timeline to a day (clamped to 0..52 weeks). Scrubbing by hand pauses playback. */
export const setDay = (day: number, keepPlaying = false): void => {
  if (Number.isNaN(day)) return;
  const next = clampDay(day);
  const s = useStore.getState();
  if (s.day !== next || (!keepPlaying && s.playing)) {
    useStore.setState(keepPlaying ? { day: next } : { day: next, playing: false });
  }
};

/** Chooses a published schedule (or 'mine' when the user has entered dates); false if unknown. */
export const setSchedule = (id: string): boolean => {
  const s = useStore.getState();
  if (id === MY_SCHEDULE ? s.sessionDates.length === 0 : !isScheduleId(id)) return false;
  if (s.scheduleId !== id) useStore.setState({ scheduleId: id });
  return true;
};

export const play = (): void => {
  const s = useStore.getState();
  if (s.playing) return;
  // Playing from the end starts again from the beginning.
  useStore.setState({ playing: true, day: s.day >= TIMELINE_END ? 0 : s.day });
};

export const pause = (): void => {
  if (useStore.getState().playing)
    useStore.setState({ playing: false, day: Math.round(useStore.getState().day) });
};

export const setSpeed = (speed: number): boolean => {
  if (!speeds.includes(speed)) return false;
  useStore.setState({ speed });
  return true;
};

/**
 * Replaces the user's own session dates. With dates, the timeline follows them and jumps to today;
 * with none left, it goes back to the default published schedule.
 */
export const setSessionDates = (dates: readonly string[], today: string): void => {
  const sessionDates = normaliseDates(dates);
  if (sessionDates.length === 0) {
    const s = useStore.getState();
    useStore.setState({
      sessionDates,
      scheduleId: s.scheduleId === MY_SCHEDULE ? defaultScheduleId : s.scheduleId,
    });
    return;
  }
  const todayDay = todayOnTimeline(sessionDates, today);
  useStore.setState({
    sessionDates,
    scheduleId: MY_SCHEDULE,
    playing: false,
    day: todayDay === null ? 0 : clampDay(todayDay),
  });
};
