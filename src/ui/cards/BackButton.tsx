import { useTranslation } from 'react-i18next';
import { goBack } from '../../state/navigation';
import { useStore } from '../../state/store';

/** Returns to the previous card; shown only when there is one. */
export const BackButton = () => {
  const { t } = useTranslation();
  const canGoBack = useStore((s) => s.back.length > 0);
  if (!canGoBack) return null;
  return (
    <button
      type="button"
      className="button back-button"
      aria-label={t('content.cards.backTo')}
      onClick={goBack}
    >
      <span aria-hidden="true">← </span>
      {t('content.cards.back')}
    </button>
  );
};
