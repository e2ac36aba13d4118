import type { Language } from '../i18n/languages';

/** The language of the interface and the content (issue #12; documented in README.md). */
export interface LanguageApi {
  /**
   * `'en' | 'es'`: switches every string and card, and `<html lang>`; remembered on this device.
   * Resolves once the new language is on screen. Unknown languages throw.
   */
  setLanguage(lang: string): Promise<void>;
  language(): Language;
}
