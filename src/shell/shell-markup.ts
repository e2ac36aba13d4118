import { type Language, languages, sourceLanguage } from '../i18n/languages.ts';
import type { Layout } from '../ui/use-layout.ts';

/**
 * Turns the prerendered copies (each layout in each language) into the shell inside #root: each in
 * a wrapper that shell.css shows only where its layout applies (the media query of ui/use-layout.ts)
 * and in its language (the one boot.ts marks on <html>), so a phone and a laptop, in English or in
 * Spanish, paint what React will draw.
 */

/** Suspense and text markers and the templates of unfinished boundaries: createRoot replaces it all. */
const strip = (html: string): string =>
  html.replace(/<!--.*?-->/gs, '').replace(/<template\b[^>]*>.*?<\/template>/gs, '');

const idAttributes = /\b(id|for|aria-controls|aria-labelledby|aria-describedby)="([^"]*)"/g;

/** Adds a suffix to every id in a copy and to every reference to one. */
const suffixIds = (html: string, suffix: string): string =>
  html.replace(idAttributes, (_m, name: string, value: string) => {
    const ids = value
      .split(' ')
      .map((v) => (v ? `${v}${suffix}` : v))
      .join(' ');
    return `${name}="${ids}"`;
  });

/** The app's first commit per language and layout (shell-plugin.ts). */
export type ShellCopies = Readonly<Record<Language, Readonly<Record<Layout, string>>>>;

const layouts: readonly Layout[] = ['side', 'bottom'];

/**
 * Every copy but the first (English, side) suffixes its ids, so no id appears twice in the document:
 * English keeps the ids it always had (`--shell` on the bottom sheet), other languages add their own.
 */
const idSuffix = (lang: Language, layout: Layout): string =>
  `${layout === 'bottom' ? '--shell' : ''}${lang === sourceLanguage ? '' : `--${lang}`}`;

/** A translation's wrapper carries its `lang` (shell.css shows it only when <html> has the same). */
const copy = (lang: Language, layout: Layout, html: string): string => {
  const marked = lang === sourceLanguage ? '' : ` lang="${lang}"`;
  return `<div class="shell" data-shell="${layout}"${marked}>${suffixIds(strip(html), idSuffix(lang, layout))}</div>`;
};

export const shellMarkup = (copies: ShellCopies): string =>
  languages.flatMap((lang) => layouts.map((layout) => copy(lang, layout, copies[lang][layout]))).join('');

export const ROOT_PLACEHOLDER = '<div id="root"></div>';

/** index.html with the shell inside its (empty) #root. */
export const withShell = (html: string, markup: string): string => {
  if (!html.includes(ROOT_PLACEHOLDER)) throw new Error(`index.html must contain ${ROOT_PLACEHOLDER}`);
  return html.replace(ROOT_PLACEHOLDER, () => `<div id="root">${markup}</div>`);
};
