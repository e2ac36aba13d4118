import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setTourPicker } from '../../state/presentation';
import { startTour } from '../../state/tour';
import { useTours } from './use-tours';
import './tour.css';

/**
 * The list of guided tours, as a modal dialog: each tour's title, what it covers and its length,
 * and a Start button. Esc or Close shuts it; starting a tour shuts it too.
 */
export const TourPicker = () => {
  const { t } = useTranslation();
  const tours = useTours();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="tour-picker"
      aria-labelledby="tour-picker-title"
      data-tour-picker=""
      // (Not when it is open again: StrictMode closes and reopens it on mount in development.)
      onClose={(e) => {
        if (!e.currentTarget.open) setTourPicker(false);
      }}
    >
      <div className="dialog-head">
        <h2 id="tour-picker-title">{t('tour.picker')}</h2>
        <button type="button" className="button" onClick={() => setTourPicker(false)}>
          {t('tour.close')}
        </button>
      </div>
      <p>{t('tour.pickerIntro')}</p>
      {tours === null ? (
        <p aria-busy="true">{t('tour.loading')}</p>
      ) : (
        <ul className="tour-list">
          {tours.map((tour) => (
            <li key={tour.id} data-tour-id={tour.id}>
              <h3 id={`tour-${tour.id}`}>{tour.title}</h3>
              <p>{tour.summary}</p>
              <p className="tour-length">{t('tour.steps', { count: tour.steps.length })}</p>
              <button type="button" className="button" onClick={() => startTour(tour.id)}>
                {t('tour.start')}
                <span className="visually-hidden"> {tour.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
};
