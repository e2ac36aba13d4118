/** Strings for presentation mode and the guided-tour player (issue #11). */
export const presentEn = {
  enter: 'Present',
  enterHint: 'Presentation mode (P): the knee for a projector, large type, clicker keys',
  bar: 'Presentation mode',
  exit: 'Exit',
  exitHint: 'Leave presentation mode (Esc)',
  previous: 'Previous',
  next: 'Next',
  previousView: 'Previous view (Page Up, ←)',
  nextView: 'Next view (Page Down, →, Space)',
  blank: 'Blank',
  blankHint: 'Blank the screen (B); B or any clicker key shows it again',
  blanked: 'Screen blanked',
  blankedHelp: 'The screen is blank. Press B, Page Down or Page Up to show it again.',
} as const;

export const tourEn = {
  open: 'Tours',
  openHint: 'Guided tours: step-by-step explanations on the model',
  picker: 'Guided tours',
  pickerIntro: 'Each tour moves the model step by step, with a cited caption for each step.',
  close: 'Close',
  start: 'Start',
  steps_one: '{{count}} step',
  steps_other: '{{count}} steps',
  loading: 'Loading the tours…',
  bar: 'Guided tour: {{title}}',
  count: 'Step {{n}} of {{total}}',
  previous: 'Previous',
  next: 'Next',
  end: 'End',
  endWhat: 'tour',
  sources: 'Sources',
  notes: 'Presenter notes',
  announce: 'Step {{n}} of {{total}}: {{title}}',
} as const;

/** Link notices for the tour part of a link. */
export const tourNoticesEn = {
  invalidTour: 'Ignored link setting tour={{value}}: not a tour name',
  invalidStep: 'Ignored link setting step={{value}}: use a step number from 1',
  stepWithoutTour: 'Ignored link setting step={{value}}: the link names no tour',
  unknownTour: 'No guided tour called ‘{{id}}’',
  tourStepRange: 'The tour has {{total}} steps, not {{step}}: showing the last one',
} as const;
