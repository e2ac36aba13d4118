import { healingAt } from '../../lib/healing';
import { useStore } from '../../state/store';
import { scheduleOf } from '../../state/timeline';

/**
 * The day, rounded to `per` parts of a day, so DOM panels re-render a few times per simulated day
 * at most while playing (the 3D reads the exact day every frame).
 */
export const useQuantisedDay = (per = 1): number => useStore((s) => Math.round(s.day * per) / per);

export const useSchedule = () => {
  const scheduleId = useStore((s) => s.scheduleId);
  const sessionDates = useStore((s) => s.sessionDates);
  return scheduleOf({ scheduleId, sessionDates });
};

export const useHealing = (per = 1) => {
  const day = useQuantisedDay(per);
  const schedule = useSchedule();
  return healingAt(day, schedule);
};
