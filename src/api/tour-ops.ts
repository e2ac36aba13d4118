import {
  endTour,
  nextStep,
  prevStep,
  resumeTour,
  startTour,
  tourPosition,
  tourSummaries,
} from '../state/tour';
import { findTour, loadTours } from '../state/tour-catalogue';

/**
 * The tour members' working half, on its own chunk with the tours and the clinical content they
 * open (loaded by tour-api.ts after start-up, so the first view carries neither).
 */
export {
  endTour,
  findTour,
  loadTours,
  nextStep,
  prevStep,
  resumeTour,
  startTour,
  tourPosition,
  tourSummaries,
};
