import { setContentBundle } from '../content/locale/active';
import { i18n } from '../i18n';
import { initialLanguage, type Language, languageNames, languageStorageKey } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import { readStored, writeStored } from '../lib/safe-storage';
import { addNotice, useStore } from './store';

const KEY = languageStorageKey;

/** The language the user chose on this device, if any (never the browser's default). */
export const storedLanguage = (): string | null => readStored(KEY);

/** Bumped by every request: only the latest one is applied, whatever order their chunks arrive in. */
let latest = 0;
let pending: Promise<void> = Promise.resolve();

/** Settles when the latest language request is on screen (or has failed): the first render waits for it. */
export const languageSettled = (): Promise<void> => pending;

const applyDocumentLanguage = (lang: Language): void => {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
};

/** Loads, then switches: the content bundle first, then the interface (which re-renders everything). */
const apply = async (lang: Language, ticket: number): Promise<void> => {
  try {
    const content = await loadLanguage(lang);
    if (ticket !== latest) return;
    setContentBundle(content);
    await i18n.changeLanguage(lang);
    applyDocumentLanguage(lang);
    useStore.setState({ language: lang });
  } catch (error) {
    if (ticket !== latest) return;
    console.warn(`Knee Explorer: could not load ${lang}`, error);
    // The boot script may already have marked <html> with it (the shell's copy): say what is shown.
    applyDocumentLanguage(useStore.getState().language);
    addNotice('languageFailed', { name: languageNames[lang] });
  }
};

/**
 * Shows the app in `lang`: loads its strings and content (one chunk, once), installs the content
 * first and then switches the interface, so every component re-renders in the new language at
 * once; `<html lang>` and the store follow. `remember` (the switch, the API) keeps the choice on
 * this device; a link's `lang=` does not. If the chunk cannot load, the language stays and a
 * notice says so.
 */
export const setLanguage = (lang: Language, { remember = true } = {}): Promise<void> => {
  const ticket = ++latest;
  if (remember) writeStored(KEY, lang);
  pending = apply(lang, ticket);
  return pending;
};

/** The browser's preferred languages (none in Node, where the tests run the start-up). */
const preferred = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
};

/** The language this device opens in without a link: the remembered choice, the browser's, or English. */
export const languageOfDevice = (): Language => initialLanguage(null, storedLanguage(), preferred());

/** The language on screen. */
export const language = (): Language => useStore.getState().language;

/**
 * The language to start in (the user's remembered choice, else the browser's languages, else
 * English), set before the first render; `fromUrl` is a link's `lang=`, which wins when valid.
 */
export const startLanguage = (win: Window, fromUrl: string | null = null): Promise<void> => {
  const browser = win.navigator.languages?.length ? win.navigator.languages : [win.navigator.language];
  const lang = initialLanguage(fromUrl, storedLanguage(), browser);
  return lang === 'en' && language() === 'en' ? Promise.resolve() : setLanguage(lang, { remember: false });
};
