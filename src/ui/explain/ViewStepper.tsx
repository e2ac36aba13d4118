import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setView, useStore, type ViewName } from '../../state/store';
import { useSwipe } from './use-swipe';

/** The presets in the order they sit around the knee, so each step turns a quarter. */
const ring: readonly ViewName[] = ['anterior', 'medial', 'posterior', 'lateral'];

/**
 * The explain bar's view control: a swipe across it (or its arrow buttons) steps to the next preset.
 * Swipes live here, not on the 3D view, because one finger on the view orbits the camera and two
 * pinch and pan it; an edge swipe would fight the browser's own back gesture.
 */
export const ViewStepper = () => {
  const { t } = useTranslation();
  const view = useStore((s) => s.view);
  // After a turn by hand the view is 'custom': step on from the last preset.
  const last = useRef<ViewName>('anterior');
  useEffect(() => {
    if (view !== 'custom') last.current = view;
  }, [view]);
  const step = (direction: 1 | -1) => {
    const from = view === 'custom' ? last.current : view;
    const next = ring[(ring.indexOf(from) + direction + ring.length) % ring.length];
    if (next) setView(next);
  };
  const swipe = useSwipe(step);
  return (
    <fieldset className="view-stepper" {...swipe}>
      <legend className="visually-hidden">{t('explain.views')}</legend>
      <button
        type="button"
        className="button icon-button"
        aria-label={t('explain.previousView')}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <span className="view-name" aria-live="polite">
        {view === 'custom' ? t('explain.customView') : t(`views.${view}`)}
      </span>
      <button
        type="button"
        className="button icon-button"
        aria-label={t('explain.nextView')}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </fieldset>
  );
};
