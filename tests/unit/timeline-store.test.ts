import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScheduleId } from '../../src/content/healing';
import { resetStore, useStore } from '../../src/state/store';
import {
  healingNow,
  pause,
  play,
  setDay,
  setSchedule,
  setSessionDates,
  setSpeed,
} from '../../src/state/timeline';

describe('timeline actions', () => {
  beforeEach(() => resetStore());

  it('starts at day 0 of the default schedule, paused, a week a second', () => {
    expect(useStore.getState()).toMatchObject({
      day: 0,
      scheduleId: defaultScheduleId,
      playing: false,
      speed: 7,
      sessionDates: [],
    });
  });

  it('setDay clamps to the year and pauses playback (scrubbing by hand)', () => {
    play();
    setDay(500);
    expect(useStore.getState()).toMatchObject({ day: 364, playing: false });
    setDay(-3);
    expect(useStore.getState().day).toBe(0);
    play();
    setDay(10, true);
    expect(useStore.getState()).toMatchObject({ day: 10, playing: true });
    pause();
    expect(useStore.getState().playing).toBe(false);
  });

  it('play from the end starts again; pause lands on a whole day', () => {
    setDay(364);
    play();
    expect(useStore.getState().day).toBe(0);
    setDay(12.6, true);
    pause();
    expect(useStore.getState().day).toBe(13);
  });

  it('refuses unknown schedules and speeds', () => {
    expect(setSchedule('sit-2020')).toBe(true);
    expect(setSchedule('weekly')).toBe(false);
    expect(setSchedule('mine')).toBe(false); // no dates yet
    expect(useStore.getState().scheduleId).toBe('sit-2020');
    expect(setSpeed(30)).toBe(true);
    expect(setSpeed(2)).toBe(false);
    expect(useStore.getState().speed).toBe(30);
  });

  it('the user’s dates take over the timeline and jump to today; clearing them goes back', () => {
    setSessionDates(['2026-01-05', '', '2026-02-02'], '2026-01-25');
    expect(useStore.getState()).toMatchObject({
      scheduleId: 'mine',
      day: 20,
      sessionDates: ['2026-01-05', '2026-02-02'],
    });
    const h = healingNow();
    expect(h.phase).toBe('proliferation');
    expect(h.nextSessionDay).toBe(28);
    setSessionDates([], '2026-01-25');
    expect(useStore.getState().scheduleId).toBe(defaultScheduleId);
  });
});
