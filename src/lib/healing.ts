import { type PhaseId, phases, type Schedule } from '../content/healing';

export interface HealingState {
  day: number;
  phase: PhaseId;
  /** 0..1 through the current phase. */
  phaseProgress: number;
  /** Relative presence of each cell type, 0..1 (1 = the peak after one session). */
  cells: { neutrophils: number; macrophages: number; fibroblasts: number };
  /** New collagen of each type, relative to an illustrative maximum (typeIII + typeI = newCollagen). */
  collagen: { typeIII: number; typeI: number };
  /** Relative amount of new collagen laid down so far, 0..1. */
  newCollagen: number;
  /** Share of the new collagen that has matured to type I, 0..1. */
  matureShare: number;
  /** Fibre alignment of the new tissue, 0 (random) .. 1 (along the load). */
  alignment: number;
  /** Brief inflammatory swelling, 0..1. */
  swelling: number;
  /** Illustrative relative cross-section change (0.3 = +30%, the rat-MCL figure vs saline). */
  crossSection: number;
  sessionsSoFar: number;
  daysSinceLastSession: number | null;
  nextSessionDay: number | null;
}

/** Peak-normalised pulse: 0 at t = 0, 1 at t = tau, then fading. */
const pulse = (t: number, tau: number, k: number): number =>
  t <= 0 ? 0 : (t / tau) ** k * Math.exp(k * (1 - t / tau));

export const cellKernels = {
  neutrophils: (t: number) => pulse(t, 0.75, 1),
  macrophages: (t: number) => pulse(t, 3, 1.5),
  fibroblasts: (t: number) => pulse(t, 14, 2),
};

const STEP = 0.25; // days per integration step
const MATURATION = Math.LN2 / 60; // type III → type I, half-life ~2 months (illustrative)
const SATURATION = 40; // collagen units for ~63% of the illustrative maximum
const MAX_CROSS_SECTION = 0.3; // Jensen 2008b: +30% vs saline in rat MCL [H17]

const sumOver = (days: readonly number[], day: number, f: (t: number) => number): number =>
  days.reduce((acc, s) => acc + f(day - s), 0);

/** Integrates collagen on a fixed grid once per schedule so each frame is a lookup. */
const grids = new Map<string, { typeIII: Float64Array; typeI: Float64Array }>();
const collagenGrid = (days: readonly number[], until: number) => {
  const key = days.join(',');
  const have = grids.get(key);
  const n = Math.ceil(until / STEP) + 2;
  if (have && have.typeIII.length >= n) return have;
  const size = Math.max(n, Math.ceil(400 / STEP) + 2);
  const typeIII = new Float64Array(size);
  const typeI = new Float64Array(size);
  for (let i = 1; i < size; i++) {
    const rate = sumOver(days, (i - 0.5) * STEP, cellKernels.fibroblasts);
    const converted = MATURATION * (typeIII[i - 1] ?? 0) * STEP;
    typeIII[i] = (typeIII[i - 1] ?? 0) + rate * STEP - converted;
    typeI[i] = (typeI[i - 1] ?? 0) + converted;
  }
  const grid = { typeIII, typeI };
  grids.set(key, grid);
  return grid;
};

const lerpAt = (arr: Float64Array, x: number): number => {
  const i = Math.floor(x / STEP);
  const f = x / STEP - i;
  return (arr[i] ?? 0) * (1 - f) + (arr[i + 1] ?? 0) * f;
};

const phaseAt = (sinceLast: number | null, day: number, firstSession: number) => {
  if (sinceLast === null)
    return { phase: 'baseline' as const, phaseProgress: firstSession ? day / firstSession : 0 };
  const found = phases.find((p) => sinceLast >= p.startDay && sinceLast < p.endDay);
  if (!found) return { phase: 'remodelling' as const, phaseProgress: 1 };
  return { phase: found.id, phaseProgress: (sinceLast - found.startDay) / (found.endDay - found.startDay) };
};

/**
 * The state of injected tissue on a given day of a schedule: a pure, total, continuous function.
 * Each session starts its own inflammatory pulse while earlier collagen keeps maturing.
 */
export const healingAt = (day: number, schedule: Pick<Schedule, 'sessionDays'>): HealingState => {
  if (Number.isNaN(day)) throw new RangeError('healingAt: day must be a number');
  const d = Math.max(0, day);
  const sessions = [...schedule.sessionDays].sort((a, b) => a - b);
  const past = sessions.filter((s) => s <= d);
  const last = past.at(-1);
  const sinceLast = last === undefined ? null : d - last;
  const cell = (f: (t: number) => number) => Math.min(1, sumOver(sessions, d, f));
  const grid = collagenGrid(sessions, d);
  const typeIII = lerpAt(grid.typeIII, d);
  const typeI = lerpAt(grid.typeI, d);
  const total = typeIII + typeI;
  const matureShare = total > 1e-9 ? typeI / total : 0;
  const newCollagen = 1 - Math.exp(-total / SATURATION);
  const cells = {
    neutrophils: cell(cellKernels.neutrophils),
    macrophages: cell(cellKernels.macrophages),
    fibroblasts: cell(cellKernels.fibroblasts),
  };
  return {
    day: d,
    ...phaseAt(sinceLast, d, sessions[0] ?? 0),
    cells,
    collagen: { typeIII: (1 - matureShare) * newCollagen, typeI: matureShare * newCollagen },
    newCollagen,
    matureShare,
    alignment: matureShare * newCollagen,
    swelling: Math.min(1, 0.6 * cells.neutrophils + 0.4 * cells.macrophages),
    crossSection: MAX_CROSS_SECTION * newCollagen,
    sessionsSoFar: past.length,
    daysSinceLastSession: sinceLast,
    nextSessionDay: sessions.find((s) => s > d) ?? null,
  };
};
