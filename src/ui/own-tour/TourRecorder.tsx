import { type DragEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { structureName } from '../../content/structure-names';
import {
  addScreenAsStep,
  discardOwnTour,
  OWN_TOUR_ID,
  renameOwnTour,
  replaceOwnTour,
  restoreOwnTour,
} from '../../state/own-tour';
import { useStore } from '../../state/store';
import { startTour } from '../../state/tour';
import { OwnTourSteps } from './OwnTourSteps';
import { downloadTour, readTourFile } from './tour-files';
import './own-tour.css';

/**
 * "Your own tour" (issue #11): add what is on screen as a step, write the captions, reorder, save
 * it as a file and load one back (picker or drag and drop). Everything stays on this device.
 */
export const TourRecorder = () => {
  const { t } = useTranslation();
  const tour = useStore((s) => s.ownTour);
  const selected = useStore((s) => s.selected);
  const view = useStore((s) => s.view);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  useEffect(() => {
    void restoreOwnTour();
  }, []);
  const load = async (file: File | undefined) => {
    if (!file) return;
    const result = await readTourFile(file);
    if (result.ok) {
      replaceOwnTour(result.tour);
      setError(null);
    } else setError(t('ownTour.refused', { name: file.name, field: result.field, message: result.message }));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void load(e.dataTransfer.files[0]);
  };
  const stepTitle = selected
    ? structureName(selected)
    : view === 'custom'
      ? t('ownTour.customView')
      : t(`views.${view}`);
  return (
    // The whole section takes a dropped file; the file picker is the keyboard's way in.
    <section
      aria-label={t('ownTour.dropZone')}
      className="own-tour"
      data-dragging={dragging}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="own-hint">{t('ownTour.hint')}</p>
      {tour && (
        <label className="own-title">
          {t('ownTour.title')}
          <input
            type="text"
            value={tour.title}
            maxLength={100}
            onChange={(e) => renameOwnTour(e.target.value)}
          />
        </label>
      )}
      <div className="own-actions">
        <button
          type="button"
          className="button"
          onClick={() => addScreenAsStep(stepTitle, t('ownTour.defaultTitle'))}
        >
          {t('ownTour.add')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!tour || tour.steps.length === 0}
          onClick={() => tour && downloadTour(tour)}
        >
          {t('ownTour.export')}
        </button>
        <label className="button own-import" htmlFor={inputId}>
          {t('ownTour.import')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void load(e.target.files?.[0])}
        />
        {tour && tour.steps.length > 0 && (
          <button type="button" className="button" onClick={() => startTour(OWN_TOUR_ID)}>
            {t('ownTour.play')}
          </button>
        )}
        {tour && (
          <button type="button" className="button" onClick={discardOwnTour}>
            {t('ownTour.discard')}
          </button>
        )}
      </div>
      {error && (
        <p className="own-error" role="alert">
          {error}
        </p>
      )}
      {tour && <OwnTourSteps tour={tour} />}
    </section>
  );
};
