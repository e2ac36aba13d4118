/**
 * A guided tour's place in the link (issue #11): `?tour=<id>&step=<n>`, n counted from 1. Whether the
 * tour exists is known only once the tours have loaded (state/tour.ts says so then); here only the
 * shape is checked, so a link never throws.
 */

/** The running tour and its step, counted from 0 (the link's `step` is index + 1). */
export interface TourRef {
  id: string;
  index: number;
}

export const tourParams = { tour: 'tour', step: 'step' } as const;
export const tourParamNames: readonly string[] = Object.values(tourParams);

/** A tour has at most this many steps (content/tour-schema.ts). */
export const MAX_TOUR_STEPS = 40;
const TOUR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type TourUrlProblem =
  | { kind: 'invalid-tour'; value: string }
  | { kind: 'invalid-step'; value: string }
  /** A step with no (valid) tour to be a step of. */
  | { kind: 'step-without-tour'; value: string };

/** Reads the tour and step from a query string; never throws, and reports what it ignored. */
export const parseTourUrl = (search: string): { tour: TourRef | null; problems: TourUrlProblem[] } => {
  const params = new URLSearchParams(search);
  const problems: TourUrlProblem[] = [];
  const id = params.get(tourParams.tour)?.trim() ?? '';
  const rawStep = params.get(tourParams.step)?.trim() ?? '';
  const idOk = TOUR_ID.test(id) && id.length <= 100;
  if (id && !idOk) problems.push({ kind: 'invalid-tour', value: id });
  const n = Number(rawStep);
  const stepOk = /^\d+$/.test(rawStep) && n >= 1 && n <= MAX_TOUR_STEPS;
  if (rawStep && !stepOk) problems.push({ kind: 'invalid-step', value: rawStep });
  if (rawStep && stepOk && !idOk) problems.push({ kind: 'step-without-tour', value: rawStep });
  return { tour: idOk ? { id, index: stepOk ? n - 1 : 0 } : null, problems };
};

/** Adds the running tour to a query string made for the rest of the state. */
export const withTourParams = (search: string, tour: TourRef | null): string => {
  if (!tour) return search;
  const params = new URLSearchParams(search);
  params.set(tourParams.tour, tour.id);
  params.set(tourParams.step, String(tour.index + 1));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
};
