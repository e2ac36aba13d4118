import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** Resources are bundled (no network); init is synchronous so the first paint is translated. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// The list of languages lives in its own light module (lib/ and the first view import it there).
export { isLanguage, type Language, languageNames, languages } from './languages';
