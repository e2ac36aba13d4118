import { useSyncExternalStore } from 'react';

/**
 * Side sheet on wide landscape screens; bottom sheet on phones and tablets in portrait. The same
 * query is in layout.css, so the CSS and the components always agree.
 */
export const BOTTOM_SHEET_QUERY = '(max-width: 899px), (orientation: portrait)';
export type Layout = 'side' | 'bottom';

const subscribe = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(BOTTOM_SHEET_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

const current = (): Layout => (window.matchMedia(BOTTOM_SHEET_QUERY).matches ? 'bottom' : 'side');

export const useLayout = (): Layout => useSyncExternalStore(subscribe, current, () => 'side');
