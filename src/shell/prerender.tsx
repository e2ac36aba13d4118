import { renderToString } from 'react-dom/server';
import { App } from '../App';
import '../i18n';
import type { Language } from '../i18n/languages';
import { language, setLanguage } from '../state/language';
import { useStore } from '../state/store';
import type { Layout } from '../ui/use-layout';
import type { ShellCopies } from './shell-markup';

/** Read by the build's stand-in for ui/use-layout.ts (see shell-plugin.ts): the layout to draw. */
export interface ShellGlobal {
  __kneeShellLayout?: Layout;
}

/**
 * The app as React draws it on its first commit, for one layout, as static HTML (build time, in
 * Node). Lazy parts (the 3D view, cards, markers) are not loaded yet then, and are not here either.
 */
const renderApp = (layout: Layout): string => {
  (globalThis as ShellGlobal).__kneeShellLayout = layout;
  try {
    return renderToString(<App />);
  } finally {
    delete (globalThis as ShellGlobal).__kneeShellLayout;
  }
};

/** Both layouts in one language, switched the app's own way (its chunk, content bundle, strings). */
const renderLanguage = async (lang: Language): Promise<Record<Layout, string>> => {
  await setLanguage(lang, { remember: false });
  if (language() !== lang) throw new Error(`Knee Explorer: the shell could not be drawn in ${lang}`);
  // renderToString reads the store's initial state (zustand's server snapshot) where the client's
  // first commit reads the current one; the language (the switch's pressed button) must match.
  Object.assign(useStore.getInitialState(), { language: lang });
  return { side: renderApp('side'), bottom: renderApp('bottom') };
};

/**
 * Every copy of the shell, drawn when the build imports this module: a language's chunk is loaded
 * with a dynamic import, which the build's module runner serves only until the import returns. A
 * language added to the list fails tsc here until it is drawn too.
 */
export const shellCopies: ShellCopies = { en: await renderLanguage('en'), es: await renderLanguage('es') };
