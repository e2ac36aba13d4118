import type { AppState } from './store';

/** Rewrite the link? Not on every frame of playback: only when it stops, or by hand. */
export const timelineUrlChanged = (s: AppState, prev: AppState): boolean =>
  s.playing !== prev.playing ||
  s.scheduleId !== prev.scheduleId ||
  s.sessionDates !== prev.sessionDates ||
  s.speed !== prev.speed ||
  (s.day !== prev.day && !s.playing);
