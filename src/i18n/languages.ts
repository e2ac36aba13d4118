/**
 * The languages the interface has: the one list the link (`?lang=`), the i18n set-up and a future
 * language switch read. Adding a language is one entry here plus its resources in `index.ts`.
 * Imports nothing, so lib/ and the first view can use it.
 */
export const languages = ['en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/**
 * The language this device opens in without a link: the first of the browser's preferred languages
 * the app has (by primary subtag: `es-MX` gives `es`), else English.
 */
export const deviceLanguage = (preferred: readonly string[] = []): Language => {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
};
