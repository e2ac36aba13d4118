import { i18n } from '../i18n';
import { deviceLanguage, type Language } from '../i18n/languages';
import { useStore } from './store';

/** The browser's preferred languages (none in Node, where the tests run the start-up). */
const preferred = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);

/** The language this device opens in without a link. */
export const languageOfDevice = (): Language => deviceLanguage(preferred());

/** Sets the interface language: the store (and so the link), i18next and `<html lang>`. */
export const setLanguage = (language: Language): void => {
  if (useStore.getState().language !== language) useStore.setState({ language });
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
