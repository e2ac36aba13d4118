/**
 * The timeline's axis: day 0 to a year on a square-root scale, so the first weeks (when most
 * happens) get room: week 1 takes about 14% of the bar, week 6 about a third, week 12 half.
 */
export const TIMELINE_END = 364; // 52 weeks

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Day (0..TIMELINE_END) → fraction of the bar (0..1). */
export const dayToFraction = (day: number): number => Math.sqrt(clamp(day, 0, TIMELINE_END) / TIMELINE_END);

/** Fraction of the bar (0..1) → day. */
export const fractionToDay = (fraction: number): number => clamp(fraction, 0, 1) ** 2 * TIMELINE_END;

/** Labelled ticks, in weeks: dense early, sparse late. */
export const tickWeeks: readonly number[] = [0, 1, 4, 8, 12, 26, 39, 52];

/** Whole weeks since day 0 (the first session) and the day within that week. */
export const weekAndDay = (day: number): { week: number; dayOfWeek: number } => {
  const d = Math.max(0, Math.floor(day + 1e-9));
  return { week: Math.floor(d / 7), dayOfWeek: d % 7 };
};

/** Keyboard steps of the slider: arrows one day, PageUp/PageDown one week, Home/End the ends. */
export const keyStep = (key: string, day: number): number | null => {
  const d = Math.round(day);
  const steps: Record<string, number> = {
    ArrowRight: d + 1,
    ArrowUp: d + 1,
    ArrowLeft: d - 1,
    ArrowDown: d - 1,
    PageUp: d + 7,
    PageDown: d - 7,
    Home: 0,
    End: TIMELINE_END,
  };
  const next = steps[key];
  return next === undefined ? null : clamp(next, 0, TIMELINE_END);
};

export const clampDay = (day: number): number => clamp(day, 0, TIMELINE_END);
