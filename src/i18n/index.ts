import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Language, languages } from './languages';

/** Each language's strings: a language added to `languages.ts` must bring its own here (tsc says so). */
const translations: Record<Language, object> = { en };

/** Resources are bundled (no network); init is synchronous so the first paint is translated. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(languages.map((l) => [l, { translation: translations[l] }])),
  supportedLngs: [...languages],
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
