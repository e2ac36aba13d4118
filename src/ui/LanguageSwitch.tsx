import { useTranslation } from 'react-i18next';
import { languageNames, languages } from '../i18n/languages';
import { setLanguage } from '../state/language';
import { useStore } from '../state/store';

/**
 * English or Español, each in its own language (and marked `lang`), so a reader finds the one they
 * can read whatever the page is in. The choice is remembered on this device.
 */
export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const current = useStore((s) => s.language);
  return (
    <fieldset className="segmented language-switch" data-language={current}>
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className="button"
          lang={l}
          aria-pressed={current === l}
          data-lang={l}
          onClick={() => void setLanguage(l)}
        >
          {languageNames[l]}
        </button>
      ))}
    </fieldset>
  );
};
