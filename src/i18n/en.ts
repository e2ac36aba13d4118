import { contentEn } from './en-content';
import { embedEn } from './en-embed';
import { guidelinesEn } from './en-guidelines';
import { handoutEn } from './en-handout';
import { linkNoticesEn, shareEn } from './en-link';
import { pwaEn } from './en-pwa';
import { ownTourEn, quizEn } from './en-quiz';
import { timelineEn } from './en-timeline';
import { presentEn, tourEn, tourNoticesEn } from './en-tour';

/**
 * Every English interface string. Keys are stable; a second language copies this shape. What the
 * structures are called is content (src/content/structure-names.ts), not interface text.
 */
export const en = {
  app: {
    title: 'Knee Explorer',
    tagline: 'A 3D right knee for learning about prolotherapy',
    stageLabel: '3D view of a right knee',
    structuresNav: 'Structures',
    panelLabel: 'Tools, cards and the structure list',
    posterAlt:
      'A right knee seen from the front: thigh and shin bones, kneecap, cartilage, menisci, ligaments and tendons',
  },
  sheet: {
    handle: 'Panel size: {{snap}}. Press to change; arrow keys up and down also work.',
    snaps: { peek: 'small', half: 'half', full: 'full' },
  },
  categories: {
    bone: 'Bones',
    cartilage: 'Cartilage',
    meniscus: 'Menisci',
    ligament: 'Ligaments',
    tendon: 'Tendons',
    capsule: 'Capsule and bursa',
    muscle: 'Muscles',
    bursa: 'Bursae and fat pad',
    nerve: 'Nerves',
    vessel: 'Blood vessels',
    skin: 'Skin',
  },
  layers: {
    bone: 'Bones',
    cartilage: 'Cartilage',
    meniscus: 'Menisci',
    ligament: 'Ligaments',
    tendon: 'Tendons',
    capsule: 'Capsule',
    muscle: 'Muscles',
    bursa: 'Bursae and fat',
    nerve: 'Nerves',
    vessel: 'Vessels',
    skin: 'Skin',
  },
  category: {
    bone: 'Bone',
    cartilage: 'Cartilage',
    meniscus: 'Meniscus',
    ligament: 'Ligament',
    tendon: 'Tendon',
    capsule: 'Capsule or bursa',
    muscle: 'Muscle',
    bursa: 'Bursa or fat pad',
    nerve: 'Nerve',
    vessel: 'Blood vessel',
    skin: 'Skin',
  },
  list: {
    label: 'Knee structures',
    search: 'Search structures',
    searchPlaceholder: 'e.g. kneecap, MCL',
    noResults: 'No structure matches “{{query}}”.',
    count_one: '{{count}} structure',
    count_other: '{{count}} structures',
  },
  card: {
    label: 'Selected structure',
    close: 'Close',
    closeLabel: 'Close {{name}}',
    show: 'Show',
    showLabel: 'Show {{name}} on the model',
    alsoCalled: 'Also called',
    empty: 'Choose a structure from the list, or click or tap it in the 3D view.',
  },
  toolbar: {
    label: 'View controls',
    views: 'View from',
    camera: 'Camera',
    layers: 'Layers',
    neighbours: 'Around the joint',
    rotateLeft: 'Rotate left',
    rotateRight: 'Rotate right',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    isolate: 'Show only this structure',
  },
  views: { anterior: 'Front', medial: 'Inner side', lateral: 'Outer side', posterior: 'Back' },
  viewHints: {
    anterior: 'Front (anterior) view',
    medial: 'Inner side (medial) view',
    lateral: 'Outer side (lateral) view',
    posterior: 'Back (posterior) view',
  },
  status: {
    pointing: 'Pointing at: {{name}}',
    hint: 'Drag to rotate, pinch or scroll to zoom, click or tap a structure to learn about it.',
    loading: 'Loading the 3D knee…',
    noWebgl:
      '3D view unavailable: this browser or device cannot show 3D graphics (WebGL). The list and the structure cards still work.',
    modelError: 'The 3D model could not be loaded. The lists and cards still work.',
    retry: 'Retry',
    contextLost: 'The 3D view was interrupted by the graphics system. Restoring it…',
  },
  live: {
    selected: 'Selected: {{name}}',
    cleared: 'Selection cleared',
  },
  notices: {
    label: 'Messages',
    dismiss: 'Dismiss message',
    unknownParam: 'Ignored unknown link setting: {{name}}',
    unknownStructure: 'No structure called ‘{{id}}’',
    contextLost: 'The 3D view was interrupted by the graphics system. Restoring it…',
    contextRestored: 'The 3D view has been restored.',
    partOffline:
      'Part of the page could not load without the network. It will appear when you are back online.',
    invalidDay: 'Ignored link setting day={{value}}: use a day from 0 to 364',
    unknownSchedule: 'Ignored link setting schedule={{value}}: no such session schedule',
    invalidDate: 'Ignored session date ‘{{value}}’: use YYYY-MM-DD',
    invalidSpeed: 'Ignored link setting speed={{value}}: use 1, 7 or 30',
    invalidPlay: 'Ignored link setting play={{value}}: use play=1',
    ignoredSchedule:
      'Ignored link setting schedule={{value}}: the session dates in the link set the timeline',
    repeatedParam: 'Ignored repeated link setting {{name}}: the first one applies',
    moreIgnored: 'Ignored {{count}} more link settings',
    handoutFailed: 'The handout could not be prepared. Please try again.',
    languageFailed: '{{name}} could not be loaded; the app stays in the language it is in.',
    ...tourNoticesEn,
    ...linkNoticesEn,
  },
  share: shareEn,
  explain: {
    enter: 'Explain',
    enterHint: 'Explain mode: only the knee, with large labels, for showing someone',
    bar: 'Explain mode',
    exit: 'Exit',
    exitHint: 'Leave explain mode and show every panel again',
    views: 'Views: swipe here, or use the arrows',
    previousView: 'Previous view',
    nextView: 'Next view',
    customView: 'Your view',
    pointer: 'Pointer',
    pen: 'Pen',
    clear: 'Clear',
    clearHint: 'Clear the drawing',
    lock: 'Hand over',
    lockHint: 'Lock for the patient: only turning and zooming work until you press and hold the lock',
    locked: 'Locked: hold to unlock',
    release: 'Release to unlock',
    unlockHint: 'Locked. Press and hold for one second to unlock',
  },
  language: {
    label: 'Language',
  },
  labels: {
    toggle: 'Labels',
    toggleHint: 'Show structure names on the 3D view',
  },
  timeline: timelineEn,
  present: presentEn,
  tour: tourEn,
  quiz: quizEn,
  ownTour: ownTourEn,
  content: contentEn,
  guidelines: guidelinesEn,
  pwa: pwaEn,
  embed: embedEn,
  handout: handoutEn,
} as const;

export type Resources = typeof en;
