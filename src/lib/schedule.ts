import { defaultScheduleId, getSchedule, type Schedule } from '../content/healing';
import { MY_SCHEDULE } from './timeline-url';
import { sessionDaysFromDates } from './treatment-dates';

/** The schedule the timeline follows: a published one, or the user's own dates. */
export interface ActiveSchedule {
  id: string;
  sessionDays: number[];
  optionalDays: number[];
  /** The trial injected only inside the joint, so no ligament or tendon shows a change. */
  jointOnly: boolean;
  sources: string[];
}

const cache = new Map<string, ActiveSchedule>();

/** Memoised by its inputs, so per-frame callers get the same object (and healingAt's cached grid). */
export const activeSchedule = (scheduleId: string, sessionDates: readonly string[]): ActiveSchedule => {
  const key = `${scheduleId}|${sessionDates.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: ActiveSchedule;
  const mine = sessionDaysFromDates(sessionDates);
  if (scheduleId === MY_SCHEDULE && mine.length > 0) {
    result = { id: MY_SCHEDULE, sessionDays: mine, optionalDays: [], jointOnly: false, sources: [] };
  } else {
    const s: Schedule | undefined = getSchedule(scheduleId) ?? getSchedule(defaultScheduleId);
    if (!s) throw new Error(`activeSchedule: no schedule "${scheduleId}" and no default`);
    result = {
      id: s.id,
      sessionDays: [...s.sessionDays],
      optionalDays: [...s.optionalDays],
      jointOnly: s.jointOnly,
      sources: s.sources,
    };
  }
  cache.set(key, result);
  return result;
};
