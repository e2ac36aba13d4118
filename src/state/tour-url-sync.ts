import { parseTourUrl, type TourUrlProblem, withTourParams } from '../lib/tour-url';
import type { AppState, Notice } from './store';

const noticeKeys: Record<TourUrlProblem['kind'], string> = {
  'invalid-tour': 'invalidTour',
  'invalid-step': 'invalidStep',
  'step-without-tour': 'stepWithoutTour',
};

/** The link's tour and step, and a notice for each thing it ignored (an unknown tour is said later). */
export const readTourUrl = (search: string) => {
  const { tour, problems } = parseTourUrl(search);
  const notices = problems.map(
    (p): Omit<Notice, 'id'> => ({ key: noticeKeys[p.kind], values: { value: p.value } }),
  );
  return { tour, notices };
};

/** Adds the running tour and step to the query string built for the rest of the state. */
export const tourSearch = (search: string, s: Pick<AppState, 'tour'>): string =>
  withTourParams(search, s.tour);
