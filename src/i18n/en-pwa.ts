/** The service worker's messages: a new version waiting, and offline use. */
export const pwaEn = {
  label: 'App update',
  waiting: 'Update available: a new version of Knee Explorer is ready.',
  activated: 'Knee Explorer was updated in another tab. Reload to use the new version.',
  reload: 'Reload',
  reloadHint: 'Reload now to use the new version (your selection stays in the link)',
  reloading: 'Reloading…',
  later: 'Later',
  laterHint: 'Keep this version for now; the new one starts next time',
} as const;
