import type { Phase, Schedule } from './healing-schema';

export type { Phase, PhaseId, Schedule } from './healing-schema';

/**
 * Healing phases after one prolotherapy session, in days since that session. Boundaries are the
 * approximate bands of clinical.md §5.2; real tissue overlaps them. Source keys resolve in sources.ts.
 * Plain data (the first view imports it): tests/unit/healing.test.ts validates it with the zod
 * schemas in healing-schema.ts.
 */
export const phases: readonly Phase[] = [
  {
    id: 'injection',
    startDay: 0,
    endDay: 1 / 24,
    sources: ['guran-2018-dextrose-cells', 'kersschot-osmotic-shock'],
  },
  // Inflammation resolved by 72 h in rat MCL after a prolotherapy injection; shift to proliferation days 2-5.
  {
    id: 'inflammation',
    startDay: 1 / 24,
    endDay: 4,
    sources: ['wound-healing-model-figure', 'jensen-2008-inflammation', 'physioroom-ligament-repair'],
  },
  // Type III collagen laid down about days 3-21; proliferation to about week 6.
  {
    id: 'proliferation',
    startDay: 4,
    endDay: 42,
    sources: ['physioroom-ligament-repair', 'orthovellum-ligament-healing', 'acute-wound-healing-phases'],
  },
  // Remodelling from about week 6 to a year and more.
  {
    id: 'remodelling',
    startDay: 42,
    endDay: 365,
    sources: ['orthovellum-ligament-healing', 'physioroom-ligament-repair', 'ligament-repair-summary'],
  },
];

const weeks = (...w: number[]) => w.map((n) => n * 7);

/**
 * Published session schedules (clinical.md §3.3), each starting at its first session on day 0.
 * Rabago's "weeks 1, 5 and 9" are the first, fifth and ninth weeks of treatment: days 0, 28 and 56.
 */
export const schedules: readonly Schedule[] = [
  {
    id: 'rabago-2013',
    sessionDays: weeks(0, 4, 8, 12, 16),
    optionalDays: weeks(12, 16),
    jointOnly: false,
    sources: ['rabago-2013'],
  },
  {
    id: 'dumais-2012',
    sessionDays: weeks(0, 4, 8, 12),
    optionalDays: [],
    jointOnly: false,
    sources: ['dumais-2012'],
  },
  // Sit 2020 injected only inside the joint (review M5).
  {
    id: 'sit-2020',
    sessionDays: weeks(0, 4, 8, 16),
    optionalDays: [],
    jointOnly: true,
    sources: ['sit-2020'],
  },
  {
    id: 'three-weekly',
    sessionDays: weeks(0, 3, 6),
    optionalDays: [],
    jointOnly: false,
    sources: ['sert-2020', 'nct05537077'],
  },
];

/**
 * What the timeline's caveat rests on (review S1): the phases come from injury healing, mostly in
 * animals; post-injection inflammation in rats was not consistently larger than after saline; the
 * thicker rat ligaments were not tighter or stronger; the trials measured pain and function.
 */
export const timelineCaveatSources = [
  'jensen-2008-inflammation',
  'jensen-2008-injury',
  'rabago-2013',
  'sit-2020',
] as const;

/** The 3D thickening (up to +30% cross-section) is the rat-MCL figure against saline. */
export const thickeningSources = ['jensen-2008-injury'] as const;

export const defaultScheduleId = 'rabago-2013';

export const getSchedule = (id: string): Schedule | undefined => schedules.find((s) => s.id === id);
export const isScheduleId = (id: string): boolean => schedules.some((s) => s.id === id);
