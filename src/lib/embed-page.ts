import { urlParams } from './url-state';

/**
 * True when the page is inside a frame (another site's iframe, or our own embed.html). Comparing
 * window references is allowed across origins; the catch is for exotic sandboxes that refuse even that.
 */
export const isFramed = (win: { self: unknown; top: unknown }): boolean => {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
};

/**
 * The full app at the view the embed shows: the same address without `embed=1`, for the embed's
 * "Open in Knee Explorer" link (a new tab on the app's own origin, outside the host page).
 */
export const fullAppUrl = (href: string): string => {
  const url = new URL(href);
  url.searchParams.delete(urlParams.embed);
  // URLSearchParams encodes the commas of `sessions=`; the app's own links keep them readable.
  url.search = url.searchParams.toString().replaceAll('%2C', ',');
  return url.href;
};
