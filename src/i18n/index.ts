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

/** Display name of a structure; the id itself if a translation is missing (never crashes). */
export const structureName = (id: string): string => i18n.t(`structures.${id}.name`, { defaultValue: id });

/** Lay synonyms of a structure ("also called"), empty when none. */
export const structureSynonyms = (id: string): string[] => {
  const value: unknown = i18n.t(`structures.${id}.synonyms`, { returnObjects: true, defaultValue: [] });
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
};
