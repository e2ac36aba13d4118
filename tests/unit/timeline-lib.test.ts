import { describe, expect, it } from 'vitest';
import { defaultScheduleId, isScheduleId, schedules } from '../../src/content/healing';
import { sites } from '../../src/content/sites';
import { activeSchedule, timelineTargets } from '../../src/lib/active-schedule';
import { healingAt } from '../../src/lib/healing';
import { phaseSegments } from '../../src/lib/phase-segments';
import {
  dayToFraction,
  fractionToDay,
  keyStep,
  TIMELINE_END,
  weekAndDay,
} from '../../src/lib/timeline-scale';
import { MY_SCHEDULE, parseTimelineUrl, withTimelineParams } from '../../src/lib/timeline-url';
import {
  dateOfDay,
  daysBetween,
  isIsoDate,
  sessionDaysFromDates,
  todayOnTimeline,
} from '../../src/lib/treatment-dates';
import { parseUrlState } from '../../src/lib/url-state';

describe('timeline scale', () => {
  it('maps day 0..52 weeks onto the bar and back, giving the first weeks room', () => {
    expect(dayToFraction(0)).toBe(0);
    expect(dayToFraction(TIMELINE_END)).toBe(1);
    for (let day = 0; day <= TIMELINE_END; day += 3.5) {
      expect(fractionToDay(dayToFraction(day))).toBeCloseTo(day, 6);
    }
    expect(dayToFraction(42)).toBeGreaterThan(1 / 3); // six weeks take a third of the bar
    expect(dayToFraction(-5)).toBe(0);
    expect(dayToFraction(1000)).toBe(1);
  });

  it('names weeks and days the way the readout does', () => {
    expect(weekAndDay(0)).toEqual({ week: 0, dayOfWeek: 0 });
    expect(weekAndDay(45)).toEqual({ week: 6, dayOfWeek: 3 });
    expect(weekAndDay(45.9)).toEqual({ week: 6, dayOfWeek: 3 });
  });

  it('moves a day with arrows, a week with PageUp/PageDown, to the ends with Home/End', () => {
    expect(keyStep('ArrowRight', 10)).toBe(11);
    expect(keyStep('ArrowLeft', 0)).toBe(0);
    expect(keyStep('PageUp', 10)).toBe(17);
    expect(keyStep('PageDown', 3)).toBe(0);
    expect(keyStep('End', 3)).toBe(TIMELINE_END);
    expect(keyStep('Home', 300)).toBe(0);
    expect(keyStep('PageUp', 360)).toBe(TIMELINE_END);
    expect(keyStep('a', 3)).toBeNull();
  });
});

describe('treatment dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('yesterday')).toBe(false);
  });

  it('counts whole days across month ends and clock changes', () => {
    expect(daysBetween('2026-03-25', '2026-04-02')).toBe(8);
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
    expect(daysBetween('2026-01-10', '2026-01-03')).toBe(-7);
    expect(dateOfDay('2026-01-30', 3)).toBe('2026-02-02');
  });

  it('turns session dates into timeline days from the first, sorted and without repeats', () => {
    expect(sessionDaysFromDates(['2026-02-02', '2026-01-05', 'bad', '2026-01-05'])).toEqual([0, 28]);
    expect(sessionDaysFromDates([])).toEqual([]);
    expect(todayOnTimeline(['2026-01-05', '2026-02-02'], '2026-01-25')).toBe(20);
    expect(todayOnTimeline([], '2026-01-25')).toBeNull();
  });
});

describe('timeline link', () => {
  const parse = (q: string) => parseTimelineUrl(q, isScheduleId, defaultScheduleId);

  it('reads day, schedule, speed and session dates', () => {
    expect(parse('?day=42&schedule=sit-2020').state).toMatchObject({ day: 42, scheduleId: 'sit-2020' });
    expect(parse('?speed=30&play=1').state).toMatchObject({ speed: 30, playing: true });
    const mine = parse('?sessions=2026-02-02,2026-01-05');
    expect(mine.state.scheduleId).toBe(MY_SCHEDULE);
    expect(mine.state.sessionDates).toEqual(['2026-01-05', '2026-02-02']);
  });

  it('reports each invalid value and keeps the defaults for it', () => {
    const { state, problems } = parse('?day=-3&schedule=weekly&sessions=2026-13-01&speed=2');
    expect(state).toMatchObject({ day: 0, scheduleId: defaultScheduleId, sessionDates: [], speed: 7 });
    expect(problems.map((p) => p.kind).sort()).toEqual([
      'invalid-date',
      'invalid-day',
      'invalid-speed',
      'unknown-schedule',
    ]);
    expect(parse('?day=abc').problems).toEqual([{ kind: 'invalid-day', value: 'abc' }]);
  });

  it('round-trips, leaves defaults out, and keeps the other parameters', () => {
    const state = { ...parse('').state, day: 42, scheduleId: 'sit-2020' };
    const search = withTimelineParams('?s=lcl', state, defaultScheduleId);
    expect(search).toBe('?s=lcl&day=42&schedule=sit-2020');
    expect(parse(search).state).toMatchObject({ day: 42, scheduleId: 'sit-2020' });
    expect(withTimelineParams('', parse('').state, defaultScheduleId)).toBe('');
    const dates = { ...parse('').state, scheduleId: MY_SCHEDULE, sessionDates: ['2026-01-05'] };
    expect(withTimelineParams('', dates, defaultScheduleId)).toBe('?sessions=2026-01-05');
  });

  it('the app link parser knows the timeline parameters (no "unknown setting" notices)', () => {
    const { problems } = parseUrlState('?day=4&schedule=sit-2020&sessions=2026-01-05&play=1&speed=1');
    expect(problems).toEqual([]);
  });
});

describe('schedules and targets', () => {
  it('follows the user’s dates when chosen, else a published schedule', () => {
    expect(activeSchedule(MY_SCHEDULE, ['2026-01-05', '2026-02-16']).sessionDays).toEqual([0, 42]);
    expect(activeSchedule('sit-2020', []).sessionDays).toEqual([0, 28, 56, 112]);
    expect(activeSchedule(MY_SCHEDULE, []).id).toBe(defaultScheduleId);
    expect(activeSchedule('sit-2020', [])).toBe(activeSchedule('sit-2020', [])); // memoised
  });

  it('shows the selected ligament or tendon, else the structures of the schedule’s injection sites', () => {
    const rabago = activeSchedule('rabago-2013', []);
    expect(timelineTargets('lcl', rabago, sites)).toEqual(['lcl']);
    expect(timelineTargets('patellar-tendon', rabago, sites)).toEqual(['patellar-tendon']);
    expect(timelineTargets(null, rabago, sites)).toEqual(['superficial-mcl']);
    expect(timelineTargets(null, activeSchedule('dumais-2012', []), sites)).toEqual([
      'superficial-mcl',
      'lcl',
    ]);
    // The user's own dates: the sites are not known, so all the typical extra-articular targets.
    const all = timelineTargets('femur', activeSchedule(MY_SCHEDULE, ['2026-01-05']), sites);
    expect(all).toEqual(
      expect.arrayContaining(['superficial-mcl', 'lcl', 'patellar-tendon', 'sartorius-tendon']),
    );
    expect(all).not.toContain('femur');
    expect(all).not.toContain('joint-capsule');
  });

  it('an intra-articular-only schedule targets no ligament or tendon (review M5)', () => {
    const sit = activeSchedule('sit-2020', []);
    expect(sit.jointOnly).toBe(true);
    for (const selected of [null, 'lcl', 'superficial-mcl', 'patellar-tendon', 'femur']) {
      expect(timelineTargets(selected, sit, sites), String(selected)).toEqual([]);
    }
  });

  it('phase bands cover the whole year without gaps and match healingAt', () => {
    for (const s of schedules) {
      const segs = phaseSegments(s.sessionDays);
      expect(segs[0]?.start).toBe(0);
      expect(segs.at(-1)?.end).toBe(TIMELINE_END);
      for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBeCloseTo(segs[i - 1]?.end ?? -1);
      // Bands are sampled every half day: each starts in its phase, and every session starts a band.
      for (const seg of segs)
        expect(healingAt(seg.start, s).phase, `${s.id} day ${seg.start}`).toBe(seg.phase);
      for (const d of s.sessionDays) expect(segs.some((seg) => seg.start === d)).toBe(true);
      expect(segs.filter((seg) => seg.phase === 'remodelling').length).toBeGreaterThan(0);
    }
  });
});
