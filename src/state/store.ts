import { create } from 'zustand';
import { type Category, defaultLayers } from '../content/schema';
import type { StructureId } from '../content/structure-ids';
import type { Tour } from '../content/tour-schema';
import type { Language } from '../i18n/languages';
import { type CameraLink, isViewName, type ViewName, viewNames } from '../lib/camera-url';
import type { CautionTable } from '../lib/cautions';
import type { StepFields } from '../lib/link';
import type { QuizSession } from '../lib/quiz-session';
import type { ReadingLevel } from '../lib/reading-level';
import type { TourRef } from '../lib/tour-url';
import { pushCamera, runtime } from './runtime';
import { initialTimeline, type TimelineState } from './timeline-state';

export type { CameraLink, Language, ReadingLevel, TourRef, ViewName };
export { isViewName, viewNames };

/**
 * Explore: the full interface. Explain: only the knee and a slim bar, for showing a patient (issue #8).
 * Present: the knee for a projector, large type, clicker keys and guided tours (issue #11).
 */
export const modes = ['explore', 'explain', 'present'] as const;
export type Mode = (typeof modes)[number];

/** How far the bottom sheet (phones, tablets in portrait) is pulled up. */
export const sheetSnaps = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof sheetSnaps)[number];

/** Where the 3D view stands: the DOM shell shows a message for everything but 'ready'. */
export type SceneStatus = 'loading' | 'ready' | 'no-webgl' | 'model-error' | 'context-lost';

/** A dismissible message; `key` names a string under `notices.` in the locale, `values` fill it. */
export interface Notice {
  id: number;
  key: string;
  values: Record<string, string>;
}

/**
 * A take-home handout being laid out for print (issue #12): `print` opens the print dialog once it
 * is ready (the button); the API only prepares it. The picture and QR live in the handout itself.
 */
export interface HandoutRequest {
  id: number;
  print: boolean;
  status: 'preparing' | 'ready' | 'failed';
}

/** Which card is open: a structure (`selected`), a condition, or an injection site on top. */
export interface CardRef {
  selected: StructureId | null;
  condition: string | null;
  site: string | null;
}

/** All app state: plain serialisable data, so a URL, an embed API or a saved session can hold it. */
export interface AppState extends TimelineState {
  selected: StructureId | null;
  /** The open condition: its structures are highlighted and framed (see state/cards.ts). */
  condition: string | null;
  /** The open injection site card. */
  site: string | null;
  /** Cards to return to with Back, oldest first. */
  back: CardRef[];
  /** Show every injection site marker, not only those of the selection or condition. */
  allSites: boolean;
  readingLevel: ReadingLevel;
  /** The language on screen; changed only through state/language.ts, which loads it first. */
  language: Language;
  hovered: StructureId | null;
  view: ViewName | 'custom';
  /**
   * The camera as a link holds it (issue #12): framed by the app for the open card ('auto'), a
   * preset view, or an orbit set by hand (updated when the camera comes to rest; state/camera-link.ts).
   */
  cameraLink: CameraLink;
  layers: Record<Category, boolean>;
  isolate: boolean;
  scene: SceneStatus;
  /** Attempts at loading the 3D model: Retry bumps it and the scene mounts the model again. */
  modelAttempt: number;
  notices: Notice[];
  nextNoticeId: number;
  mode: Mode;
  /** Leader-line labels on the visible structures (always on in explain mode). */
  labels: boolean;
  /** Explain mode's "hand to the patient" lock: only rotate and zoom until a long press. */
  locked: boolean;
  sheet: SheetSnap;
  /** The guided tour on screen and its step (state/tour.ts); from a link, until the tours load. */
  tour: TourRef | null;
  /** What the running tour's step put on screen, so the link names only what differs from it. */
  tourBase: StepFields | null;
  /** The tour picker is open. */
  tourPicker: boolean;
  /** Presentation mode's blank (black) screen, the B key. */
  blanked: boolean;
  /** The quiz being answered (issue #11; state/quiz.ts), or null. */
  quiz: QuizSession | null;
  /** The educator's own tour, recorded on this device (state/own-tour.ts). */
  ownTour: Tour | null;
  /** The clinical content has loaded (state/content-registry.ts): the first frame does without it. */
  contentLoaded: boolean;
  /** `?embed=1`: framed by another site, with the minimal chrome (issue #12); set once from the link. */
  embed: boolean;
  /** The print handout on the page (hidden on screen), or null. */
  handout: HandoutRequest | null;
  /** Each site's nearby nerves and vessels, read from the loaded model (lib/cautions.ts). */
  cautions: CautionTable;
}

/** The layers as the app opens (content/schema.ts `defaultLayers`): a fresh copy to change. */
export const startLayers = (): Record<Category, boolean> => ({ ...defaultLayers });

export const initialState = (): AppState => ({
  selected: null,
  condition: null,
  site: null,
  back: [],
  allSites: false,
  readingLevel: 'patient',
  language: 'en',
  hovered: null,
  view: 'anterior',
  cameraLink: { kind: 'auto' },
  layers: startLayers(),
  isolate: false,
  scene: 'loading',
  modelAttempt: 0,
  notices: [],
  nextNoticeId: 1,
  mode: 'explore',
  labels: false,
  locked: false,
  sheet: 'peek',
  tour: null,
  tourBase: null,
  tourPicker: false,
  blanked: false,
  quiz: null,
  ownTour: null,
  contentLoaded: false,
  embed: false,
  handout: null,
  cautions: {},
  ...initialTimeline(),
});

export const useStore = create<AppState>()(initialState);

/** Back to the initial state (tests, and a future "reset" button). */
export const resetStore = (): void => useStore.setState(initialState(), true);

export const hover = (id: StructureId | null): void => {
  if (useStore.getState().hovered !== id) useStore.setState({ hovered: id });
};

/** The app places the camera itself (a link then names that, not the orbit it lands on). */
const placedByApp = (camera: CameraLink): void => {
  runtime.setState({ handMoved: false });
  useStore.setState({ cameraLink: camera });
};

/** Moved by hand (a gesture, a turn or zoom button): the link takes the orbit once the camera rests. */
const movedByHand = (): void => runtime.setState({ handMoved: true });

/** Turns the camera to a preset view. */
export const setView = (view: ViewName): void => {
  useStore.setState({ view });
  placedByApp({ kind: 'view', view });
  pushCamera({ kind: 'view', view });
};

/** Frames several structures together (a tour step's or a quiz question's `frame`), from `view` if given. */
export const frameStructures = (ids: readonly string[], view?: ViewName): void => {
  if (view) useStore.setState({ view });
  placedByApp({ kind: 'auto' });
  pushCamera(view ? { kind: 'frame-ids', ids, view } : { kind: 'frame-ids', ids });
};

/** Turns to the open card's structure or condition and frames it (double tap, the card's Show). */
export const frameFocus = (): void => {
  placedByApp({ kind: 'auto' });
  pushCamera({ kind: 'frame' });
};

export const rotateCamera = (direction: 1 | -1): void => {
  useStore.setState({ view: 'custom' });
  movedByHand();
  pushCamera({ kind: 'rotate', direction });
};

export const zoomCamera = (direction: 1 | -1): void => {
  movedByHand();
  pushCamera({ kind: 'zoom', direction });
};

/** The camera turned by itself (to face a structure): name the preset it shows, if any. */
export const setViewName = (view: ViewName | 'custom'): void => {
  if (useStore.getState().view !== view) useStore.setState({ view });
};

/** The user moved the camera by hand: no preset describes the view any more. */
export const markCustomView = (): void => {
  movedByHand();
  if (useStore.getState().view !== 'custom') useStore.setState({ view: 'custom' });
};

export const setLayer = (category: Category, visible: boolean): void =>
  useStore.setState((s) => ({ layers: { ...s.layers, [category]: visible } }));

export const setIsolate = (isolate: boolean): void => useStore.setState({ isolate });

export const setSceneStatus = (scene: SceneStatus): void => useStore.setState({ scene });

/** Loads the 3D model again after it failed (the scene remounts it on a new attempt). */
export const retryModel = (): void =>
  useStore.setState((s) => ({ scene: 'loading', modelAttempt: s.modelAttempt + 1 }));

export const addNotice = (key: string, values: Record<string, string> = {}): number => {
  const id = useStore.getState().nextNoticeId;
  useStore.setState((s) => ({ notices: [...s.notices, { id, key, values }], nextNoticeId: id + 1 }));
  return id;
};

export const dismissNotice = (id: number): void =>
  useStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
