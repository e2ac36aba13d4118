import { useEffect } from 'react';
import type { LabelSpot } from '../../state/runtime';
import { runtime } from '../../state/runtime';
import { useStore } from '../../state/store';

/** Further than this (CSS px), an anchor has moved: the camera turned or zoomed. */
const MOVED = 2;

/** The same anchors, at least one of them elsewhere on screen? (A new set of anchors is not a move.) */
export const anchorsMoved = (a: readonly LabelSpot[], b: readonly LabelSpot[]): boolean => {
  if (a.length !== b.length) return false;
  let moved = false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const q = b[i];
    if (!p || !q || p.id !== q.id) return false;
    if (Math.abs(p.x - q.x) > MOVED || Math.abs(p.y - q.y) > MOVED) moved = true;
  }
  return moved;
};

/**
 * Calls `onMove` when the view turns or zooms: a preset view change, or the label anchors (always
 * projected in explain mode) moving on screen, which any camera motion does.
 */
export const useCameraMoved = (onMove: () => void): void => {
  useEffect(() => {
    const stopRuntime = runtime.subscribe((r, prev) => {
      if (r.labelSpots !== prev.labelSpots && anchorsMoved(prev.labelSpots, r.labelSpots)) onMove();
    });
    const stopStore = useStore.subscribe((s, prev) => {
      if (s.view !== prev.view) onMove();
    });
    return () => {
      stopRuntime();
      stopStore();
    };
  }, [onMove]);
};
