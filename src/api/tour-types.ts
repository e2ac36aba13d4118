/** A built-in guided tour, as `kneeExplorer.tours()` lists it. */
export interface TourInfo {
  id: string;
  title: string;
  /** How many steps it has. */
  steps: number;
}

/** Where the running tour stands: `index` counts from 0 (the link's `step=` is index + 1). */
export interface TourStepInfo {
  tour: string;
  index: number;
  total: number;
}

/** Guided tours (issue #11): the part of window.kneeExplorer that plays them. */
export interface TourApi {
  /** Every built-in tour (loads them on first call; they are not part of the first view). */
  tours(): Promise<TourInfo[]>;
  /** Starts a tour at its first step; resolves when the camera rests. Throws on an unknown id. */
  startTour(id: string): Promise<void>;
  tourStep(): TourStepInfo | null;
  /** The next step (at the last one, nothing changes); resolves when the camera rests. Throws with no tour. */
  nextStep(): Promise<void>;
  /** The previous step (at the first one, nothing changes); resolves when the camera rests. Throws with no tour. */
  prevStep(): Promise<void>;
  /** Ends the tour: the whole knee from the front, every layer, no card; resolves when the camera rests. */
  endTour(): Promise<void>;
}
