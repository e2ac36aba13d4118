import { renderToString } from 'react-dom/server';
import { App } from '../App';
import '../i18n';
import type { Layout } from '../ui/use-layout';

/** Read by the build's stand-in for ui/use-layout.ts (see shell-plugin.ts): the layout to draw. */
export interface ShellGlobal {
  __kneeShellLayout?: Layout;
}

/**
 * The app as React draws it on its first commit, for one layout, as static HTML (build time, in
 * Node). Lazy parts (the 3D view, cards, markers) are not loaded yet then, and are not here either.
 */
export const renderApp = (layout: Layout): string => {
  (globalThis as ShellGlobal).__kneeShellLayout = layout;
  try {
    return renderToString(<App />);
  } finally {
    delete (globalThis as ShellGlobal).__kneeShellLayout;
  }
};
