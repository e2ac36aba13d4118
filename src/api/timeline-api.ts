import { schedules } from '../content/healing';
import { nextFrame } from '../state/runtime';
import { useStore } from '../state/store';
import { healingNow, pause, play, setDay, setSchedule } from '../state/timeline';
import type { TimelineApi } from './timeline-types';

/** Waits for the frame after a store change; with nothing changed, the frame on screen already shows it. */
const drawn = (change: () => void): Promise<void> => {
  const before = useStore.getState();
  const wait = nextFrame();
  change();
  return useStore.getState() === before ? Promise.resolve() : wait;
};

export const timelineApi = (): TimelineApi => ({
  setDay(day) {
    if (typeof day !== 'number' || Number.isNaN(day)) {
      throw new Error(`kneeExplorer.setDay: day must be a number, got ${String(day)}`);
    }
    return drawn(() => setDay(day));
  },
  day: () => useStore.getState().day,
  play,
  pause,
  playing: () => useStore.getState().playing,
  setSchedule(id) {
    let ok = true;
    const done = drawn(() => {
      ok = setSchedule(id);
    });
    if (!ok) {
      const ids = schedules.map((s) => s.id).join(', ');
      throw new Error(`kneeExplorer.setSchedule: unknown schedule "${id}"; use one of ${ids}`);
    }
    return done;
  },
  schedule: () => useStore.getState().scheduleId,
  healing: () => structuredClone(healingNow()),
});
