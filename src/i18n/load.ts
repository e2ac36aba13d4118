import type { ContentBundle } from '../content/locale/overlay';
import { i18n } from './index';
import type { Language } from './languages';
import type { TranslatedResources } from './strings';

/** A language other than English: its interface strings and its content bundle. */
export interface LanguagePack {
  resources: TranslatedResources;
  content: ContentBundle;
}

/** Each translation loads on its own chunk, so English readers never download it. */
const packs: Record<Exclude<Language, 'en'>, () => Promise<LanguagePack>> = {
  es: () => import('./es-pack').then((m) => m.esPack),
};

/**
 * Makes a language ready to show: loads its chunk once and hands its strings to i18next. Resolves
 * with its content bundle, or null for English (the content's own language).
 */
export const loadLanguage = async (lang: Language): Promise<ContentBundle | null> => {
  if (lang === 'en') return null;
  const pack = await packs[lang]();
  if (!i18n.hasResourceBundle(lang, 'translation')) {
    i18n.addResourceBundle(lang, 'translation', pack.resources);
  }
  return pack.content;
};
