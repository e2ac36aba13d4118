import { useTranslation } from 'react-i18next';
import { setMode, setTourPicker } from '../../state/presentation';
import { enterFullscreen } from './fullscreen';

/** Presentation mode: the knee for a projector (also the key P). Full screen is asked for in the click. */
export const PresentButton = () => {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button present-button"
      title={t('present.enterHint')}
      onClick={() => {
        enterFullscreen();
        setMode('present');
      }}
    >
      {t('present.enter')}
    </button>
  );
};

/** Opens the list of guided tours. */
export const ToursButton = () => {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button tours-button"
      aria-haspopup="dialog"
      title={t('tour.openHint')}
      onClick={() => setTourPicker(true)}
    >
      {t('tour.open')}
    </button>
  );
};
