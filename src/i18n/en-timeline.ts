/** English strings of the healing timeline (issue #4): controls, readout, micro view and charts. */
export const timelineEn = {
  label: 'Healing timeline',
  slider: 'Day on the healing timeline',
  // Day 0 is the first injection; weeks are whole weeks since then (not a trial's own week numbers).
  valueDay: 'Day {{day}}',
  valueWeek_one: 'Day {{day}} · 1 week after the first session',
  valueWeek_other: 'Day {{day}} · {{count}} weeks after the first session',
  tickWeek: 'wk {{week}}',
  play: 'Play',
  pause: 'Pause',
  speed: 'Playback speed',
  speeds: { '1': '1 day/s', '7': '1 week/s', '30': '1 month/s' },
  schedule: 'Session schedule',
  schedules: {
    'rabago-2013': 'Rabago 2013',
    'dumais-2012': 'Dumais 2012',
    'sit-2020': 'Sit 2020',
    'three-weekly': 'Every 3 weeks',
    mine: 'My own dates',
  },
  scheduleHint: {
    'rabago-2013':
      'Sessions at the start and 4 and 8 weeks later (the trial’s weeks 1, 5 and 9), with optional ones at 12 and 16 weeks (dashed).',
    'dumais-2012': 'Four sessions, four weeks apart.',
    'sit-2020': 'Sessions at the start and 4, 8 and 16 weeks later, all inside the joint.',
    'three-weekly': 'Sessions at the start and 3 and 6 weeks later (Sert 2020; a registered trial).',
    mine: 'Your own session dates: day 0 is your first session.',
  },
  session: 'Session {{n}}',
  optionalSession: 'Session {{n}} (optional)',
  today: 'Today',
  phases: {
    baseline: 'before treatment',
    injection: 'injection',
    inflammation: 'inflammation',
    proliferation: 'proliferation',
    remodelling: 'remodelling',
  },
  /**
   * What the healing model says about each phase (review S1): conditional, because whether injections
   * start this sequence in human ligaments is not known. Two depths, like the cards.
   */
  what: {
    patient: {
      baseline: 'the tissue as it is before the first session',
      injection: 'the needle and the sugar solution are meant to cause a small, brief irritation',
      inflammation: 'white blood cells would come in to clean up, and the spot may be warm and sore',
      proliferation: 'repair cells would lay down new fibres that are thin and untidy',
      remodelling: 'thicker fibres would slowly take their place and line up with the pull',
    },
    clinician: {
      baseline: 'tissue before the first session',
      injection:
        'hyperosmolar dextrose and needle trauma are proposed to start a local inflammatory response',
      inflammation:
        'neutrophils, then macrophages, would clear debris and release growth factors (in rats, resolved by 72 h)',
      proliferation: 'fibroblasts would deposit disorganised type III collagen (about days 3 to 21)',
      remodelling: 'type III would give way to type I collagen aligned with load, over months',
    },
  },
  readout: '{{when}} — {{phase}}, in the healing model: {{what}}',
  readoutBaseline: '{{when}} — {{phase}}: {{what}}',
  progress_zero: 'No session yet. First session on day {{next}}.',
  progress_one: 'Session {{count}} done. Next session on day {{next}}.',
  progress_other: '{{count}} sessions done. Next session on day {{next}}.',
  progressDone_one: '{{count}} session done. No more sessions in this schedule.',
  progressDone_other: 'All {{count}} sessions done. No more sessions in this schedule.',
  showing: 'Shown on: {{names}}.',
  showingMany: 'Shown on the {{count}} ligaments and tendons treated at the typical injection sites.',
  jointOnly:
    'This trial injected only inside the joint. No ligament or tendon was injected, so none is shown changing.',
  poorHealer:
    'The ACL and PCL sit inside the joint and heal poorly compared with the MCL: this picture does not mean they regrow.',
  /** The caveat wherever the timeline or "My dates" speaks (review S1). */
  caveat: {
    patient:
      'This is how ligaments heal after an injury, mostly seen in animals. No one knows if injections start this in people. The trials measured pain and use of the knee, not the tissue.',
    clinician:
      'Illustrative: the healing sequence after ligament injury, mostly from animal studies, with approximate phase bands. Whether dextrose injection starts it in human ligaments is not known; in rats, post-injection inflammation was not consistently larger than after saline or needle-stick. The trials measured pain and function (WOMAC, VAS), not tissue.',
  },
  thickening: {
    patient:
      'The thicker look comes from one rat study: 30% more cross-section than salt water. It was not stronger, and it has not been shown in people.',
    clinician:
      'Thickening drawn up to +30% cross-section: stretch-injured rat MCL, two dextrose injections vs saline, with no change in laxity or mechanics. Not measured in humans.',
  },
  caption: 'Healing model, not your knee',
  captionSource: 'Thicker look drawn from one rat study (Jensen 2008)',
  sources_one: 'Show its source',
  sources_other: 'Show its {{count}} sources',
  mine: {
    title: 'Where am I in my treatment?',
    intro: 'Enter your session dates. They are kept only in this page’s link: nothing is sent anywhere.',
    date: 'Session {{n}} date',
    add: 'Add a session date',
    remove: 'Remove session {{n}}',
    open: 'My dates',
    close: 'Close my session dates',
    none: 'No dates yet.',
    today:
      'Today is day {{day}} after your first session. In the healing model, this would be {{phase}}. Next session: {{next}}.',
    todayBefore: 'Your first session is still to come.',
    noNext: 'none entered',
  },
  micro: {
    title: 'Inside the tissue',
    note: 'An illustration of the healing model, about 0.1 mm across',
    summary:
      'Healing model: first white cells {{neutrophils}}%, clean-up cells {{macrophages}}%, repair cells {{fibroblasts}}% of their peak; {{typeIII}} new thin fibres, {{typeI}} mature thick fibres, {{links}} links between fibres.',
    // Plain name first, then the term, so one legend serves both reading levels.
    neutrophils: 'First white cells (neutrophils)',
    macrophages: 'Clean-up cells (macrophages)',
    fibroblasts: 'Repair cells (fibroblasts)',
    typeIII: 'New thin fibres (type III)',
    typeI: 'Mature thick fibres (type I)',
    crosslinks: 'Links between fibres',
  },
  charts: {
    show: 'Charts',
    hide: 'Hide charts',
    cursor: 'Now: week {{week}}',
    womacTitle: 'What trial patients reported',
    womacNote:
      'Trial data (measured): mean improvement in WOMAC score, points, higher is better. Rabago 2013, Table 4.',
    womacX: 'Weeks since the start of the trial',
    womacY: 'WOMAC improvement (points)',
    arms: { dextrose: 'Dextrose prolotherapy', saline: 'Saline injections', exercise: 'Exercise' },
    maturityTitle: 'How new tissue matures (illustrative)',
    maturityNote:
      'Illustrative model, not measured in people. Drawn beside figures from animal ligaments healing after an injury, mostly with no injections; tissue quality lags whole-ligament strength.',
    maturityX: 'Weeks on this schedule',
    maturityY: 'Percent of the model’s maximum',
    newCollagen: 'New collagen laid down',
    mature: 'Share that is mature type I',
    source: 'Source',
  },
  facts: {
    'rat-cross-section':
      'Rat MCL after a stretch injury: two dextrose injections gave 30% more cross-section than saline, but no change in laxity or other mechanics.',
    'goat-twelve-weeks':
      'Goat MCL healing after a surgical cut, with no injections, at 12 weeks: whole-ligament load 60% of normal; strength per unit area and stiffness of the tissue about 40%.',
    'rabbit-forty-weeks':
      'Rabbit MCL healing after a surgical injury, with no injections, at 40 weeks: breaking strength still 15–35% below normal.',
  },
} as const;
