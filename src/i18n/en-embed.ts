/** The embed's own words (issue #12): the link out of the host page to the full app. */
export const embedEn = {
  open: 'Open in Knee Explorer',
  /** The same link where the bar is narrow (phones); still inside the accessible name below. */
  openShort: 'Knee Explorer',
  openLabel: 'Open in Knee Explorer (opens the full app in a new tab)',
} as const;
