import { useEffect } from 'react';
import { setBlanked, setMode, stepView } from '../../state/presentation';
import { useStore } from '../../state/store';
import { nextStep, prevStep } from '../../state/tour';
import { dialogOpen, isTyping } from './fullscreen';

/** What presentation clickers send: forward, and back. */
const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', ' ']);
const PREV_KEYS = new Set(['PageUp', 'ArrowLeft']);

/** Forward or back one step of the tour; with no tour, one view preset around the knee. */
export const clickerStep = (direction: 1 | -1): void => {
  if (useStore.getState().tour) {
    if (direction > 0) nextStep();
    else prevStep();
  } else stepView(direction);
};

/**
 * Presentation mode's keys: PageDown, → or Space next; PageUp or ← previous; B blanks the screen (B
 * again, or any clicker key, shows it); Esc leaves presentation mode. Not while typing or in a
 * dialog; Space and Enter on a focused button are left to the button.
 */
export const usePresentKeys = (): void => {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || dialogOpen()) return;
      const { blanked } = useStore.getState();
      if (e.key === 'Escape') {
        setMode('explore');
        return;
      }
      if (e.key === 'b' || e.key === 'B') {
        e.preventDefault();
        setBlanked(!blanked);
        return;
      }
      const direction = NEXT_KEYS.has(e.key) ? 1 : PREV_KEYS.has(e.key) ? -1 : 0;
      if (direction === 0) return;
      const onButton = e.target instanceof Element && e.target.closest('button, a, summary') !== null;
      if (e.key === ' ' && onButton && !blanked) return;
      e.preventDefault();
      if (blanked) setBlanked(false);
      else clickerStep(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};
