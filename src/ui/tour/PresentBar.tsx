import { useTranslation } from 'react-i18next';
import { setBlanked, setMode, setTourPicker } from '../../state/presentation';
import { useStore } from '../../state/store';
import { clickerStep } from './use-present-keys';

/**
 * Presentation mode's bar: Exit, the view presets (when no tour runs: a tour has its own Previous
 * and Next), the tours and Blank. Large, high-contrast, every control reachable by keyboard.
 */
export const PresentBar = ({ quiz, onQuiz }: { quiz: boolean; onQuiz: () => void }) => {
  const { t } = useTranslation();
  const touring = useStore((s) => s.tour !== null);
  const view = useStore((s) => s.view);
  return (
    <div className="present-bar">
      <button
        type="button"
        className="button"
        title={t('present.exitHint')}
        onClick={() => setMode('explore')}
      >
        {t('present.exit')}
      </button>
      {!touring && (
        <fieldset className="present-views">
          <legend className="visually-hidden">{t('toolbar.views')}</legend>
          <button
            type="button"
            className="button"
            aria-label={t('present.previousView')}
            onClick={() => clickerStep(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span className="present-view-name" aria-live="polite">
            {view === 'custom' ? t('explain.customView') : t(`views.${view}`)}
          </span>
          <button
            type="button"
            className="button"
            aria-label={t('present.nextView')}
            onClick={() => clickerStep(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </fieldset>
      )}
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setTourPicker(true)}>
        {t('tour.open')}
      </button>
      <button type="button" className="button" aria-pressed={quiz} onClick={onQuiz}>
        {t('quiz.label')}
      </button>
      <button
        type="button"
        className="button"
        title={t('present.blankHint')}
        onClick={() => setBlanked(true)}
      >
        {t('present.blank')}
      </button>
    </div>
  );
};

/** The blank screen: black, over everything, until B or a clicker key (or a click on it). */
export const BlankScreen = () => {
  const { t } = useTranslation();
  return (
    <section className="blank-screen" data-blank="" aria-label={t('present.blanked')}>
      <button type="button" className="blank-wake" onClick={() => setBlanked(false)}>
        <span className="visually-hidden">{t('present.blankedHelp')}</span>
      </button>
    </section>
  );
};
