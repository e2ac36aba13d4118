import { useEffect } from 'react';
import { TIMELINE_END } from '../../lib/timeline-scale';
import { useStore } from '../../state/store';
import { pause, setDay } from '../../state/timeline';
import { useReducedMotion } from './use-reduced-motion';

/** With reduced motion, playback jumps a week at a time at a calm pace instead of gliding. */
const STEP_DAYS = 7;
const STEP_MS = 1500;

/**
 * Advances the store's day while `playing`: every animation frame by speed × elapsed time, or a
 * week per step with reduced motion. Stops at the end of the year. The scene redraws because the
 * day changed; nothing draws once paused.
 */
export const usePlayer = (): void => {
  const playing = useStore((s) => s.playing);
  const reduced = useReducedMotion();
  useEffect(() => {
    if (!playing) return;
    const advance = (days: number) => {
      const next = useStore.getState().day + days;
      setDay(next, true);
      if (next >= TIMELINE_END) pause();
    };
    if (reduced) {
      const timer = window.setInterval(() => advance(STEP_DAYS), STEP_MS);
      return () => window.clearInterval(timer);
    }
    let raf = 0;
    let last = performance.now();
    const tick = (now: number) => {
      // A background tab pauses rAF; never leap weeks when it comes back.
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      advance(dt * useStore.getState().speed);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, reduced]);
};
