/**
 * A patient's own session dates (ISO "YYYY-MM-DD", kept only in the link or this browser):
 * the first session is day 0 of the timeline, and "today" is a day on it.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of an ISO date, or null if it is not a real calendar date. */
export const parseIsoDate = (text: string): number | null => {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
};

export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null;

/** The local calendar date of a moment, as ISO (what a date input shows for "today"). */
export const toIsoDate = (date: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null) throw new RangeError(`daysBetween: not ISO dates: ${from}, ${to}`);
  return Math.round((b - a) / DAY_MS);
};

/** Valid dates, sorted, without repeats. */
export const normaliseDates = (dates: readonly string[]): string[] =>
  [...new Set(dates.map((d) => d.trim()).filter(isIsoDate))].sort();

/** Session days on the timeline: the first date is day 0. */
export const sessionDaysFromDates = (dates: readonly string[]): number[] => {
  const sorted = normaliseDates(dates);
  const first = sorted[0];
  return first === undefined ? [] : sorted.map((d) => daysBetween(first, d));
};

/** Where today falls on the timeline (days since the first session), or null without dates. */
export const todayOnTimeline = (dates: readonly string[], today: string): number | null => {
  const first = normaliseDates(dates)[0];
  return first === undefined || !isIsoDate(today) ? null : daysBetween(first, today);
};

/** The calendar date of a timeline day, given the first session's date. */
export const dateOfDay = (first: string, day: number): string => {
  const t = parseIsoDate(first);
  if (t === null) throw new RangeError(`dateOfDay: not an ISO date: ${first}`);
  return new Date(t + Math.round(day) * DAY_MS).toISOString().slice(0, 10);
};
