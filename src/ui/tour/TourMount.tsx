import { Suspense, useEffect } from 'react';
import { setMode } from '../../state/presentation';
import { useStore } from '../../state/store';
import { lazyRetry } from '../lazy-retry';
import { useLayout } from '../use-layout';
import { dialogOpen, enterFullscreen, isTyping } from './fullscreen';

// The tours, their captions and the clinical content they open load only when asked for.
const TourLayer = lazyRetry(() => import('./TourLayer').then((m) => m.TourLayer));
const TourBar = lazyRetry(() => import('./TourBar').then((m) => m.TourBar));

/** P turns presentation mode on and off (not while typing, in a dialog, with the view locked, or embedded). */
const usePresentKey = (): void => {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' && e.key !== 'P') return;
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || dialogOpen()) return;
      const { mode, locked, embed } = useStore.getState();
      // Embedded, presentation mode has no button either: P is a letter typed into the host's page.
      if (locked || embed) return;
      e.preventDefault();
      if (mode !== 'present') enterFullscreen();
      setMode(mode === 'present' ? 'explore' : 'present');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};

/**
 * The light, first-view half of presentation mode and tours: the P key, and the rest (the tour
 * player, the picker, presentation mode's bar and keys) loaded once any of them is wanted.
 */
export const TourMount = () => {
  usePresentKey();
  const wanted = useStore((s) => s.tour !== null || s.tourPicker || s.mode === 'present');
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <TourLayer />
    </Suspense>
  );
};

/** The tour's caption and controls inside the bottom sheet (phones, tablets in portrait, explore mode). */
export const TourDock = () => {
  const layout = useLayout();
  const shown = useStore((s) => s.tour !== null && s.mode === 'explore');
  if (layout !== 'bottom' || !shown) return null;
  return (
    <Suspense fallback={null}>
      <TourBar />
    </Suspense>
  );
};
