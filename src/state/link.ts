import { defaultScheduleId, isScheduleId } from '../content/healing';
import { isStructureId } from '../content/structure-ids';
import type { CameraLink } from '../lib/camera-url';
import { effectiveCamera, type LinkContext, stepFieldsOf, writeLink } from '../lib/link';
import { type LinkFields, readLinkFields } from '../lib/link-read';
import { initialReadingLevel } from '../lib/reading-level';
import { setCameraOrbit } from './camera-link';
import { languageOfDevice, setLanguage } from './language';
import { current, open } from './navigation';
import { storedReadingLevel } from './preferences';
import { setMode } from './presentation';
import { type AppState, frameFocus, setView, useStore } from './store';

/** What this device shows without a link, which the link is written against. */
export const linkContext = (s: AppState): LinkContext => ({
  rememberedLevel: initialReadingLevel(null, storedReadingLevel()),
  deviceLanguage: languageOfDevice(),
  defaultScheduleId,
  tourBase: s.tourBase,
});

/** The query string of the view on screen ("" for the default view). */
export const linkSearch = (s: AppState = useStore.getState()): string => writeLink(s, linkContext(s));

/** The absolute link to the view on screen (kneeExplorer.link(), Copy link, Share). */
export const linkHref = (loc: Pick<Location, 'origin' | 'pathname'>): string =>
  `${loc.origin}${loc.pathname}${linkSearch()}`;

export const readLinkSearch = (search: string) =>
  readLinkFields(search, { isScheduleId, defaultScheduleId, isStructure: isStructureId });

/** The tour step's settings as they are now (state/tour.ts takes them right after a step). */
export const takeTourBase = (): void => useStore.setState({ tourBase: stepFieldsOf(useStore.getState()) });

/** A link's card: the fields it names over the card on screen; a condition's card shows no structure. */
const cardOf = (f: LinkFields) => {
  const now = current();
  const condition = f.condition !== undefined ? f.condition : now.condition;
  const selected = condition ? null : f.selected !== undefined ? f.selected : now.selected;
  return { selected, condition, site: f.site !== undefined ? f.site : now.site };
};

const viewOf = (camera: CameraLink, view: AppState['view']): AppState['view'] =>
  camera.kind === 'view' ? camera.view : camera.kind === 'orbit' ? 'custom' : view;

/** Moves the camera to a link's camera once the 3D view is up (over a tour step). */
const moveCamera = (camera: CameraLink): void => {
  if (camera.kind === 'view') setView(camera.view);
  else if (camera.kind === 'orbit') setCameraOrbit(camera.orbit);
  else if (useStore.getState().cameraLink.kind !== 'auto') frameFocus();
};

/**
 * Puts the settings a link names on screen, leaving the rest as they are. At start-up ('start') the
 * camera is only recorded: the scene's first frame starts from it (scene/camera-moves.ts `start`).
 * Over a tour step ('over-step') the camera is moved. The card comes first: a new card resets the
 * camera's link to 'auto' (state/camera-link.ts), and the link's camera then wins.
 */
export const applyLinkFields = (f: LinkFields, when: 'start' | 'over-step'): void => {
  if (f.selected !== undefined || f.condition !== undefined || f.site !== undefined) open(cardOf(f), false);
  const s = useStore.getState();
  useStore.setState({
    layers: f.layers ?? s.layers,
    isolate: f.isolate ?? s.isolate,
    allSites: f.allSites ?? s.allSites,
    labels: f.labels ?? s.labels,
    day: f.day ?? s.day,
    scheduleId: f.scheduleId ?? s.scheduleId,
    sessionDates: f.sessionDates ?? s.sessionDates,
    speed: f.speed ?? s.speed,
    playing: f.playing ?? s.playing,
  });
  if (when === 'start') {
    useStore.setState({ readingLevel: initialReadingLevel(f.readingLevel ?? null, storedReadingLevel()) });
    // A link is not a choice: its language is not remembered (state/language.ts).
    if (f.language) void setLanguage(f.language, { remember: false });
    if (f.tour) useStore.setState({ tour: f.tour });
    // The front view with no card is 'auto' (lib/link.ts), so `cam=anterior` alone reads back the same.
    const camera = f.cameraLink && effectiveCamera({ ...useStore.getState(), cameraLink: f.cameraLink });
    if (camera) useStore.setState({ cameraLink: camera, view: viewOf(camera, s.view) });
  } else {
    if (f.readingLevel) useStore.setState({ readingLevel: f.readingLevel });
    if (f.language) void setLanguage(f.language, { remember: false });
    if (f.cameraLink) moveCamera(f.cameraLink);
  }
  if (f.mode) setMode(f.mode);
};

/**
 * The link that opens what is on screen now: the handout's QR code and anything else that hands the
 * view on goes through this one function (the same as `kneeExplorer.link()`).
 */
export const currentLink = (): string => linkHref(window.location);
