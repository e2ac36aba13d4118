/** Strings for the link (issue #12): notices for what a link names and the app ignores, and sharing. */
export const linkNoticesEn = {
  unknownCondition: 'Ignored link setting c={{value}}: no such condition',
  unknownSite: 'Ignored link setting site={{value}}: no such injection site',
  invalidCamera:
    'Ignored link setting cam={{value}}: use a view (anterior, medial, lateral, posterior) or azimuth,polar,distance,x,y,z',
  unknownLayer: 'Ignored layer ‘{{value}}’ in hide=: no such layer',
  invalidSwitch: 'Ignored link setting {{name}}={{value}}: use {{name}}=1 or {{name}}=0',
  unknownLanguage: 'Ignored link setting lang={{value}}: this app speaks {{languages}}',
  structureAndCondition: 'Ignored link setting s={{value}}: the link opens a condition, which wins',
  isolateWithoutStructure: 'Ignored link setting {{value}}: the link names no structure to isolate',
  linkCopied: 'Link copied. Anyone who opens it sees this view.',
  linkNotCopied: 'The browser did not allow copying: the link is selected below, to copy by hand.',
} as const;

export const shareEn = {
  copy: 'Copy link',
  copyHint: 'Copy a link that opens exactly this view',
  share: 'Share',
  shareHint: 'Share a link to this view with another app',
  shareTitle: 'Knee Explorer',
  shareText: 'A view of the knee in Knee Explorer',
  field: 'Link to this view',
} as const;
