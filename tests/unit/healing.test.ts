import { describe, expect, it } from 'vitest';
import { phases, schedules } from '../../src/content/healing';
import { PhaseSchema, ScheduleSchema } from '../../src/content/healing-schema';
import { type HealingState, healingAt } from '../../src/lib/healing';

const rabago = schedules.find((s) => s.id === 'rabago-2013');
if (!rabago) throw new Error('rabago-2013 schedule missing');
const single = { sessionDays: [0] };

const numbers = (h: HealingState): number[] => [
  h.cells.neutrophils,
  h.cells.macrophages,
  h.cells.fibroblasts,
  h.collagen.typeIII,
  h.collagen.typeI,
  h.newCollagen,
  h.alignment,
  h.swelling,
  h.crossSection,
];

describe('healingAt', () => {
  it('puts each phase boundary where the content says', () => {
    for (const p of phases) {
      const mid = (p.startDay + Math.min(p.endDay, 300)) / 2;
      expect(healingAt(mid, single).phase).toBe(p.id);
      expect(healingAt(p.startDay + 1e-6, single).phase).toBe(p.id);
    }
    expect(healingAt(3.9, single).phase).toBe('inflammation');
    expect(healingAt(4.1, single).phase).toBe('proliferation');
    expect(healingAt(41.9, single).phase).toBe('proliferation');
    expect(healingAt(42.1, single).phase).toBe('remodelling');
    // A schedule that has not started yet (not a published one: those all start on day 0).
    expect(healingAt(3, { sessionDays: [7] }).phase).toBe('baseline');
  });

  it('is total: any day from 0 to past a year gives finite values in range', () => {
    for (let day = 0; day <= 800; day += 0.37) {
      const h = healingAt(day, rabago);
      for (const v of numbers(h)) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(h.phaseProgress).toBeGreaterThanOrEqual(0);
      expect(h.phaseProgress).toBeLessThanOrEqual(1);
    }
    expect(healingAt(-5, rabago).day).toBe(0);
    expect(() => healingAt(Number.NaN, rabago)).toThrow(RangeError);
  });

  it('is continuous: a tiny step in time never jumps', () => {
    for (const schedule of schedules) {
      let prev = numbers(healingAt(0, schedule));
      for (let day = 0.01; day <= 400; day += 0.01) {
        const next = numbers(healingAt(day, schedule));
        const jump = Math.max(...next.map((v, i) => Math.abs(v - (prev[i] ?? 0))));
        expect(jump, `${schedule.id} at day ${day.toFixed(2)}`).toBeLessThan(0.05);
        prev = next;
      }
    }
  });

  it('is deterministic', () => {
    expect(healingAt(123.4, rabago)).toEqual(healingAt(123.4, rabago));
  });

  it('fires an inflammatory pulse after every session, and it settles within days', () => {
    for (const s of rabago.sessionDays) {
      expect(healingAt(s - 0.5, rabago).cells.neutrophils).toBeLessThan(0.1);
      expect(healingAt(s + 0.75, rabago).cells.neutrophils).toBeGreaterThan(0.9);
      expect(healingAt(s + 0.75, rabago).daysSinceLastSession).toBeCloseTo(0.75);
      expect(healingAt(s + 7, rabago).cells.neutrophils).toBeLessThan(0.1);
    }
    // Macrophages follow neutrophils; fibroblasts follow both.
    const early = healingAt(1, single);
    const mid = healingAt(14, single);
    expect(early.cells.neutrophils).toBeGreaterThan(early.cells.fibroblasts);
    expect(mid.cells.fibroblasts).toBeGreaterThan(mid.cells.macrophages);
  });

  it('lays down type III first, and type I rises through remodelling', () => {
    const p = healingAt(21, single);
    expect(p.collagen.typeIII).toBeGreaterThan(p.collagen.typeI);
    let prevShare = healingAt(42, single).matureShare;
    for (let day = 60; day <= 365; day += 30) {
      const h = healingAt(day, single);
      expect(h.matureShare).toBeGreaterThan(prevShare);
      prevShare = h.matureShare;
    }
    expect(healingAt(365, single).collagen.typeI).toBeGreaterThan(healingAt(365, single).collagen.typeIII);
  });

  it('reports sessions so far and the next one', () => {
    const h = healingAt(40, rabago);
    expect(h.sessionsSoFar).toBe(2);
    expect(h.nextSessionDay).toBe(56);
    expect(healingAt(400, rabago).nextSessionDay).toBeNull();
  });
});

describe('published schedules (review: day 0 is the first injection)', () => {
  it('the phases and schedules are valid (plain data in the first view, validated here)', () => {
    for (const p of phases) expect(PhaseSchema.parse(p)).toEqual(p);
    for (const s of schedules) expect(ScheduleSchema.parse(s)).toEqual(s);
  });

  it('every schedule starts at its first session on day 0', () => {
    expect(schedules.length).toBeGreaterThan(3);
    for (const s of schedules) expect(s.sessionDays[0], s.id).toBe(0);
    // Rabago's "weeks 1, 5 and 9" are the first, fifth and ninth weeks of treatment.
    expect(rabago.sessionDays).toEqual([0, 28, 56, 84, 112]);
    expect(rabago.optionalDays).toEqual([84, 112]);
    const late = { id: 'late', sessionDays: [7, 35], optionalDays: [], jointOnly: false, sources: ['x'] };
    expect(ScheduleSchema.safeParse(late).success).toBe(false);
  });

  it('marks the intra-articular-only trial as joint-only, and no other', () => {
    expect(schedules.filter((s) => s.jointOnly).map((s) => s.id)).toEqual(['sit-2020']);
  });
});

describe('healingAt across every published schedule', () => {
  it('starts each session with injection, then inflammation, proliferation and (with time) remodelling', () => {
    const by = (id: string) => phases.find((p) => p.id === id);
    const [inflammation, proliferation] = [by('inflammation'), by('proliferation')];
    if (!inflammation || !proliferation) throw new Error('phases missing');
    for (const s of schedules) {
      for (const day of s.sessionDays) {
        expect(healingAt(day, s).phase, `${s.id} day ${day}`).toBe('injection');
        expect(healingAt(day + 2, s).phase).toBe('inflammation');
        expect(healingAt(day + proliferation.startDay + 1, s).phase).toBe('proliferation');
      }
      const last = Math.max(...s.sessionDays);
      expect(healingAt(last + proliferation.endDay + 1, s).phase).toBe('remodelling');
    }
  });

  it('swells after every session, then settles', () => {
    for (const s of schedules) {
      for (const day of s.sessionDays) {
        expect(healingAt(day + 1, s).swelling, `${s.id} day ${day}`).toBeGreaterThan(0.5);
        expect(healingAt(day + 10, s).swelling).toBeLessThan(0.2);
      }
    }
  });

  it('matures: type I and alignment rise through remodelling; the cross-section stays within +30%', () => {
    for (const s of schedules) {
      const last = Math.max(...s.sessionDays) + 42;
      let prev = healingAt(last, s);
      for (let day = last + 30; day <= 365; day += 30) {
        const h = healingAt(day, s);
        expect(h.collagen.typeI, `${s.id} day ${day}`).toBeGreaterThan(prev.collagen.typeI);
        expect(h.alignment).toBeGreaterThan(prev.alignment);
        expect(h.crossSection).toBeLessThanOrEqual(0.3);
        prev = h;
      }
    }
  });
});
