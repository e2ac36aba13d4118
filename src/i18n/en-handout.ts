/** Strings for the take-home handout (issue #12): the button, and the printed page's own words. */
export const handoutEn = {
  open: 'Print or save as PDF',
  openHint:
    'A handout of this view to print or save as a PDF: the picture, the card, what to expect and a QR code',
  preparing: 'Preparing…',
  label: 'Handout',
  title: 'Your knee, from Knee Explorer',
  printed: 'Printed on {{date}}',
  level: 'Reading level: {{level}}',
  picture: 'The view on screen',
  pictureAlt: '3D view of a right knee, showing {{focus}}',
  pictureAltPlain: '3D view of a right knee',
  noPicture: 'The 3D view could not be drawn on this device, so this handout has no picture.',
  qrLabel: 'QR code that opens this view of Knee Explorer',
  qrCaption: 'Scan with a phone camera to open this view again.',
  sites: 'Injection sites shown',
  sitesNote: 'The numbers match the markers on the picture.',
  noSites: 'No injection sites are shown in this view.',
  sessions: 'Your session dates',
  expect: 'What to expect',
  expectSources: 'Sources for “What to expect”',
} as const;
