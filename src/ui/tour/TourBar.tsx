import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { endTour, nextStep, prevStep } from '../../state/tour';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { useTourPosition } from './use-tours';
import './tour.css';

interface Props {
  /** Where it sits: floating over the view (wide screens), in the sheet (phones), or in presentation mode. */
  place?: 'float' | 'sheet' | 'room';
}

/**
 * The running tour: its step (n of N), the caption at the reader's level with its citations and
 * sources, the presenter's notes behind a disclosure, and Previous / Next / End. A polite live
 * region says each new step's title. Starting a tour puts the keyboard on Next.
 */
export const TourBar = ({ place = 'sheet' }: Props) => {
  const { t } = useTranslation();
  const at = useTourPosition();
  const level = useStore((s) => s.readingLevel);
  const next = useRef<HTMLButtonElement>(null);
  const tourId = at?.tour.id;
  useEffect(() => {
    if (tourId) next.current?.focus({ preventScroll: true });
  }, [tourId]);
  if (!at) return null;
  const step = at.tour.steps[at.index];
  if (!step) return null;
  const n = at.index + 1;
  const cited = step.caption[level];
  // Floating over the view it covers part of the knee; in the room the dock around it is the panel.
  const panel = place === 'float' ? { 'data-panel': '' } : {};
  return (
    <section
      className="tour-bar"
      data-place={place}
      data-tour={at.tour.id}
      data-step={n}
      aria-label={t('tour.bar', { title: at.tour.title })}
      {...panel}
    >
      <div className="tour-controls">
        <p className="tour-name">{at.tour.title}</p>
        <button type="button" className="button" disabled={at.index === 0} onClick={() => prevStep()}>
          {t('tour.previous')}
        </button>
        <span className="tour-count">{t('tour.count', { n, total: at.total })}</span>
        <button
          ref={next}
          type="button"
          className="button tour-next"
          disabled={n === at.total}
          onClick={() => nextStep()}
        >
          {t('tour.next')}
        </button>
        <button type="button" className="button" onClick={() => endTour()}>
          {t('tour.end')}
          <span className="visually-hidden"> {t('tour.endWhat')}</span>
        </button>
      </div>
      <h2 className="tour-title">{step.caption.title}</h2>
      <CitationScope statements={[cited]} prefix="tour">
        {cited.sources.length > 0 ? (
          <CitedText cited={cited} className="tour-caption" />
        ) : (
          // An educator's own tour: their words, said to be theirs, not dressed as cited content.
          <>
            {cited.text && <p className="tour-caption">{cited.text}</p>}
            <p className="tour-own">{t('ownTour.ownWords')}</p>
          </>
        )}
        <div className="tour-more">
          {cited.sources.length > 0 && (
            <details className="tour-sources">
              <summary>{t('tour.sources')}</summary>
              <SourceList />
            </details>
          )}
          {step.notes && (
            <details className="tour-notes">
              <summary>{t('tour.notes')}</summary>
              <p>{step.notes}</p>
            </details>
          )}
        </div>
      </CitationScope>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {t('tour.announce', { n, total: at.total, title: step.caption.title })}
      </p>
    </section>
  );
};
