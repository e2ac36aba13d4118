/**
 * Where the injection-site markers are on screen, written by the scene after each drawn frame and
 * read by the DOM overlay (ui/SiteMarkers) and the automation API. Kept out of the zustand store:
 * it changes every frame the camera moves, and only the overlay cares.
 */
export interface MarkerSpot {
  id: string;
  /** CSS px from the canvas's top-left corner. */
  x: number;
  y: number;
  /** CSS px offset of the canvas in the page (for projectSite). */
  pageLeft: number;
  pageTop: number;
  /** In front of the camera and inside the canvas. */
  inView: boolean;
  /** Not hidden behind solid tissue (a raycast from the camera). */
  front: boolean;
  /** Distance from the camera, metres: nearer markers are drawn on top. */
  distance: number;
}

let spots: readonly MarkerSpot[] = [];
const listeners = new Set<() => void>();

const same = (a: readonly MarkerSpot[], b: readonly MarkerSpot[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => {
    const t = b[i];
    return (
      t !== undefined &&
      s.id === t.id &&
      Math.abs(s.x - t.x) < 0.5 &&
      Math.abs(s.y - t.y) < 0.5 &&
      s.inView === t.inView &&
      s.front === t.front &&
      s.pageLeft === t.pageLeft &&
      s.pageTop === t.pageTop
    );
  });

export const setMarkerSpots = (next: readonly MarkerSpot[]): void => {
  if (same(spots, next)) return;
  spots = next;
  for (const l of listeners) l();
};

export const markerSpots = (): readonly MarkerSpot[] => spots;

export const subscribeMarkerSpots = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
