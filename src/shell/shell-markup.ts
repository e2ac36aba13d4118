/**
 * Turns the two prerendered layouts into the shell inside #root: each in a wrapper that
 * shell.css shows only where its layout applies (the media query of ui/use-layout.ts), so a phone
 * and a laptop both paint what React will draw, before any script runs.
 */

/** Suspense and text markers and the templates of unfinished boundaries: createRoot replaces it all. */
const strip = (html: string): string =>
  html.replace(/<!--.*?-->/gs, '').replace(/<template\b[^>]*>.*?<\/template>/gs, '');

const idAttributes = /\b(id|for|aria-controls|aria-labelledby|aria-describedby)="([^"]*)"/g;

/** The second copy's ids get a suffix, so no id appears twice in the document. */
const suffixIds = (html: string, suffix: string): string =>
  html.replace(idAttributes, (_m, name: string, value: string) => {
    const ids = value
      .split(' ')
      .map((v) => (v ? `${v}${suffix}` : v))
      .join(' ');
    return `${name}="${ids}"`;
  });

export const shellMarkup = (side: string, bottom: string): string =>
  `<div class="shell" data-shell="side">${strip(side)}</div>` +
  `<div class="shell" data-shell="bottom">${suffixIds(strip(bottom), '--shell')}</div>`;

export const ROOT_PLACEHOLDER = '<div id="root"></div>';

/** index.html with the shell inside its (empty) #root. */
export const withShell = (html: string, markup: string): string => {
  if (!html.includes(ROOT_PLACEHOLDER)) throw new Error(`index.html must contain ${ROOT_PLACEHOLDER}`);
  return html.replace(ROOT_PLACEHOLDER, () => `<div id="root">${markup}</div>`);
};
