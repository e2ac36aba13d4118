import type { HealingState } from '../lib/healing';

/** The healing timeline's part of window.kneeExplorer (issue #4; documented in README.md). */
export interface TimelineApi {
  /** Moves the timeline to a day (0..364; pauses playback); resolves once a frame showing it is drawn. */
  setDay(day: number): Promise<void>;
  day(): number;
  play(): void;
  pause(): void;
  playing(): boolean;
  /** A published schedule id ('rabago-2013', 'dumais-2012', 'sit-2020', 'three-weekly'). Throws if unknown. */
  setSchedule(id: string): Promise<void>;
  schedule(): string;
  /** What the tissue is doing on the current day: healingAt(day, schedule). */
  healing(): HealingState;
}
