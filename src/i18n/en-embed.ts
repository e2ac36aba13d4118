/** The embed's own words (issue #12): the link out of the host page to the full app. */
export const embedEn = {
  open: 'Open in Knee Explorer',
  newTab: '(opens the full app in a new tab)',
} as const;
