import { useTranslation } from 'react-i18next';
import { setMode } from '../../state/presentation';

/** The one control that turns the page into explain mode: only the knee, large labels, a slim bar. */
export const ModeButton = () => {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button mode-button"
      title={t('explain.enterHint')}
      onClick={() => setMode('explain')}
    >
      {t('explain.enter')}
    </button>
  );
};
