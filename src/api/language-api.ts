import { isLanguage, languages } from '../i18n/languages';
import { language, setLanguage } from '../state/language';
import type { LanguageApi } from './language-types';

export const languageApi = (): LanguageApi => ({
  setLanguage(lang) {
    if (!isLanguage(lang)) {
      throw new Error(
        `kneeExplorer.setLanguage: unknown language "${lang}"; use one of ${languages.join(', ')}`,
      );
    }
    return setLanguage(lang);
  },
  language,
});
