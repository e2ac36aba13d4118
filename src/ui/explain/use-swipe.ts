import { type MouseEvent, type PointerEvent, useRef } from 'react';

/** A horizontal swipe at least this long (CSS px), and clearly more sideways than up or down. */
const MIN_SWIPE = 40;

/**
 * Pointer handlers that turn a horizontal swipe into a step: left is +1 (next), right −1. A swipe
 * that ends on a button does not also click it.
 */
export const useSwipe = (onSwipe: (direction: 1 | -1) => void) => {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const swiped = useRef(false);
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      start.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
      swiped.current = false;
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      if (Math.abs(dx) >= MIN_SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy)) {
        swiped.current = true;
        onSwipe(dx < 0 ? 1 : -1);
      }
    },
    onPointerCancel: () => {
      start.current = null;
    },
    onClickCapture: (e: MouseEvent<HTMLElement>) => {
      if (!swiped.current) return;
      swiped.current = false;
      e.stopPropagation();
      e.preventDefault();
    },
  };
};
