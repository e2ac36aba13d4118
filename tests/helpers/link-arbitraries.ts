import fc from 'fast-check';
import { conditionIds, siteIds } from '../../src/content/card-ids';
import { defaultScheduleId, schedules } from '../../src/content/healing';
import { type Category, categories, defaultLayers } from '../../src/content/schema';
import { structureIds } from '../../src/content/structure-ids';
import { languages } from '../../src/i18n/languages';
import { type CameraLink, type Orbit, viewNames } from '../../src/lib/camera-url';
import { effectiveCamera, type LinkState, type StepFields } from '../../src/lib/link';
import { readingLevels } from '../../src/lib/reading-level';
import { MY_SCHEDULE, speeds } from '../../src/lib/timeline-url';
import { modes } from '../../src/state/store';

/** Generated views for the link's round-trip properties (issue #12): every setting a link can hold. */

const tenths = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10 + 0);
const mm = (min: number, max: number) => fc.integer({ min, max });

/** An orbit the camera can reach, on the link's grid (azimuth in (-180, 180], polar inside the limits). */
export const orbitArb: fc.Arbitrary<Orbit> = fc.record({
  azimuth: tenths(-179.9, 180),
  polar: tenths(5.8, 174.2),
  distance: mm(60, 1400),
  target: fc.tuple(mm(-300, 300), mm(-300, 300), mm(-300, 300)),
});

export const cameraArb: fc.Arbitrary<CameraLink> = fc.oneof(
  fc.constant({ kind: 'auto' as const }),
  fc.constantFrom(...viewNames).map((view) => ({ kind: 'view' as const, view })),
  orbitArb.map((orbit) => ({ kind: 'orbit' as const, orbit })),
);

/** A card as the app can show one: a structure or a condition (never both), maybe a site on top. */
export const cardArb = fc.oneof(
  fc.record({
    selected: fc.option(fc.constantFrom(...structureIds)),
    condition: fc.constant(null),
    site: fc.option(fc.constantFrom(...siteIds)),
  }),
  fc.record({
    selected: fc.constant(null),
    condition: fc.constantFrom(...conditionIds),
    site: fc.option(fc.constantFrom(...siteIds)),
  }),
);

export const layersArb = fc
  .tuple(...categories.map(() => fc.boolean()))
  .map((on) => Object.fromEntries(categories.map((c, i) => [c, on[i] ?? true])) as Record<Category, boolean>);

const isoDate = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

/** The timeline: a published schedule, or the user's own dates (sorted, each once). */
export const timelineArb = fc.oneof(
  fc.record({
    scheduleId: fc.constantFrom(...schedules.map((s) => s.id)),
    sessionDates: fc.constant<string[]>([]),
  }),
  fc.record({
    scheduleId: fc.constant(MY_SCHEDULE),
    sessionDates: fc.uniqueArray(isoDate, { minLength: 1, maxLength: 5 }).map((d) => [...d].sort()),
  }),
);

export const stepFieldsArb: fc.Arbitrary<StepFields> = fc
  .tuple(cardArb, cameraArb, layersArb, fc.boolean(), fc.boolean(), tenths(0, 364), timelineArb)
  .map(([card, camera, layers, isolate, allSites, day, timeline]) => ({
    ...card,
    cameraLink: camera,
    layers,
    isolate,
    allSites,
    day,
    scheduleId: timeline.scheduleId,
  }));

export const linkStateArb: fc.Arbitrary<LinkState> = fc
  .tuple(
    cardArb,
    cameraArb,
    layersArb,
    fc.record({ isolate: fc.boolean(), allSites: fc.boolean(), labels: fc.boolean() }),
    fc.constantFrom(...readingLevels),
    fc.constantFrom(...modes),
    fc.constantFrom(...languages),
    fc.record({ day: tenths(0, 364), speed: fc.constantFrom(...speeds) }),
    timelineArb,
    fc.option(fc.record({ id: fc.constantFrom('test-tour', 'second-tour'), index: fc.nat(39) })),
  )
  .map(([card, camera, layers, switches, readingLevel, mode, language, t, timeline, tour]) => ({
    ...card,
    ...switches,
    cameraLink: camera,
    layers,
    readingLevel,
    mode,
    language,
    ...t,
    ...timeline,
    playing: false,
    tour,
  }));

/** The default view: what a link that names nothing opens. */
export const defaultLink = (rememberedLevel: LinkState['readingLevel'] = 'patient'): LinkState => ({
  selected: null,
  condition: null,
  site: null,
  readingLevel: rememberedLevel,
  mode: 'explore',
  cameraLink: { kind: 'auto' },
  layers: { ...defaultLayers },
  isolate: false,
  allSites: false,
  labels: false,
  language: 'en',
  day: 0,
  scheduleId: defaultScheduleId,
  sessionDates: [],
  speed: 7,
  playing: false,
  tour: null,
});

/** Two states that show the same view compare equal after this (lib/link.ts's equivalences). */
export const normalised = (s: LinkState): LinkState => ({
  ...s,
  cameraLink: effectiveCamera(s),
  isolate: s.isolate && s.selected !== null,
  day: Math.round(s.day * 10) / 10,
  playing: false,
});
