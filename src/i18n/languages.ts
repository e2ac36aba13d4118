/**
 * The languages the app speaks: the one list every part reads (the switch, the link's `lang=`, the
 * API, the tests). Light on purpose, no i18next here, so lib/ and the first view can import it.
 * English is the source language: every other one is a translation of it, loaded when chosen.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

export const sourceLanguage: Language = 'en';

/** Where the user's own choice is remembered (state/language.ts writes it; src/shell/boot.ts reads it too). */
export const languageStorageKey = 'knee-explorer:language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** Each language in its own words: a reader looks for the name they can read. */
export const languageNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** The first of the browser's languages the app speaks ("es-MX" → es); null when none is. */
export const browserLanguage = (preferred: readonly string[]): Language | null => {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return null;
};

/**
 * The language to start in: a link's `lang=` wins (it may be shared), then the user's own choice on
 * this device, then the browser's languages, then English. Anything unrecognised is ignored.
 */
export const initialLanguage = (
  fromUrl: string | null,
  fromStorage: string | null,
  fromBrowser: readonly string[],
): Language => {
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(fromStorage)) return fromStorage;
  return browserLanguage(fromBrowser) ?? sourceLanguage;
};
