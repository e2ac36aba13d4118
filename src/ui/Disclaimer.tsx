import { useTranslation } from 'react-i18next';

/** A calm, always-visible line: this is education, not medical advice. */
export const Disclaimer = () => {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <p className="disclaimer">{t('content.disclaimer')}</p>
    </footer>
  );
};
