import { create } from 'zustand';
import { type Category, categories } from '../content/schema';
import { getStructure, isStructureId } from '../content/structures';
import { initialTimeline, type TimelineState } from './timeline-state';

export const viewNames = ['anterior', 'medial', 'lateral', 'posterior'] as const;
export type ViewName = (typeof viewNames)[number];
export const isViewName = (name: string): name is ViewName => (viewNames as readonly string[]).includes(name);

/** Where the 3D view stands: the DOM shell shows a message for everything but 'ready'. */
export type SceneStatus = 'loading' | 'ready' | 'no-webgl' | 'model-error' | 'context-lost';

/** A dismissible message; `key` names a string under `notices.` in the locale, `values` fill it. */
export interface Notice {
  id: number;
  key: string;
  values: Record<string, string>;
}

/** A request for the camera, numbered so the scene acts on each one exactly once. */
export type CameraCommand =
  | { kind: 'view'; view: ViewName }
  | { kind: 'rotate'; direction: 1 | -1 }
  | { kind: 'zoom'; direction: 1 | -1 }
  | { kind: 'none' };

/** How deep the cards go: plain words for patients, detail for clinicians (issue #3). */
export type ReadingLevel = 'patient' | 'clinician';

/** Which card is open: a structure (`selected`), a condition, or an injection site on top. */
export interface CardRef {
  selected: string | null;
  condition: string | null;
  site: string | null;
}

/** All app state: plain serialisable data, so a URL, an embed API or a saved session can hold it. */
export interface AppState extends TimelineState {
  selected: string | null;
  /** The open condition: its structures are highlighted and framed (see state/cards.ts). */
  condition: string | null;
  /** The open injection site card. */
  site: string | null;
  /** Cards to return to with Back, oldest first. */
  back: CardRef[];
  /** Show every injection site marker, not only those of the selection or condition. */
  allSites: boolean;
  readingLevel: ReadingLevel;
  hovered: string | null;
  view: ViewName | 'custom';
  layers: Record<Category, boolean>;
  isolate: boolean;
  camera: { seq: number; command: CameraCommand };
  scene: SceneStatus;
  notices: Notice[];
  nextNoticeId: number;
  listOpen: boolean;
}

export const allLayersOn = (): Record<Category, boolean> =>
  Object.fromEntries(categories.map((c) => [c, true])) as Record<Category, boolean>;

export const initialState = (): AppState => ({
  selected: null,
  condition: null,
  site: null,
  back: [],
  allSites: false,
  readingLevel: 'patient',
  hovered: null,
  view: 'anterior',
  layers: allLayersOn(),
  isolate: false,
  camera: { seq: 0, command: { kind: 'none' } },
  scene: 'loading',
  notices: [],
  nextNoticeId: 1,
  listOpen: false,
  ...initialTimeline(),
});

export const useStore = create<AppState>()(initialState);

/** Back to the initial state (tests, and a future "reset" button). */
export const resetStore = (): void => useStore.setState(initialState(), true);

/**
 * Selects a structure (null clears, and ends isolate: there is nothing left to isolate).
 * Unknown ids are refused: returns false and changes nothing.
 */
export const select = (id: string | null): boolean => {
  if (id !== null && !isStructureId(id)) return false;
  const s = useStore.getState();
  if (s.selected !== id || s.condition !== null || s.site !== null) {
    // A structure chosen in 3D or the list replaces any open condition or site card (Back returns).
    const open = s.selected !== null || s.condition !== null || s.site !== null;
    const back = open ? [...s.back, { selected: s.selected, condition: s.condition, site: s.site }] : s.back;
    useStore.setState(
      id === null
        ? { selected: null, isolate: false, condition: null, site: null, back: [] }
        : { selected: id, condition: null, site: null, back: back.slice(-20) },
    );
  }
  return true;
};

export const hover = (id: string | null): void => {
  if (useStore.getState().hovered !== id) useStore.setState({ hovered: id });
};

const command = (cmd: CameraCommand, extra: Partial<AppState> = {}): void =>
  useStore.setState((s) => ({ ...extra, camera: { seq: s.camera.seq + 1, command: cmd } }));

export const setView = (view: ViewName): void => command({ kind: 'view', view }, { view });
export const rotateCamera = (direction: 1 | -1): void =>
  command({ kind: 'rotate', direction }, { view: 'custom' });
export const zoomCamera = (direction: 1 | -1): void => command({ kind: 'zoom', direction });

/** The user moved the camera by hand: no preset describes the view any more. */
export const markCustomView = (): void => {
  if (useStore.getState().view !== 'custom') useStore.setState({ view: 'custom' });
};

export const setLayer = (category: Category, visible: boolean): void =>
  useStore.setState((s) => ({ layers: { ...s.layers, [category]: visible } }));

export const setIsolate = (isolate: boolean): void => useStore.setState({ isolate });

export const setSceneStatus = (scene: SceneStatus): void => useStore.setState({ scene });

export const addNotice = (key: string, values: Record<string, string> = {}): number => {
  const id = useStore.getState().nextNoticeId;
  useStore.setState((s) => ({ notices: [...s.notices, { id, key, values }], nextNoticeId: id + 1 }));
  return id;
};

export const dismissNotice = (id: number): void =>
  useStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));

export const setListOpen = (listOpen: boolean): void => useStore.setState({ listOpen });

/** Is this structure drawn (and pickable) right now? Layers hide, isolate hides all but the selection. */
export const isShown = (state: AppState, id: string): boolean => {
  const structure = getStructure(id);
  if (!structure || !state.layers[structure.category]) return false;
  return !(state.isolate && state.selected !== null && state.selected !== id);
};
