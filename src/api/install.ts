import { categories, isCategory } from '../content/schema';
import { structureName } from '../content/structure-names';
import { structures } from '../content/structures';
import { wantInteractiveView } from '../first-frame/demand';
import { requestHandout } from '../state/handout';
import { linkHref } from '../state/link';
import { select } from '../state/navigation';
import { runtime } from '../state/runtime';
import { isViewName, setLayer, setView, useStore, viewNames } from '../state/store';
import { createContentApi, loadContentOps } from './content-api';
import { languageApi } from './language-api';
import { presentationApi } from './presentation-api';
import { createQuizApi } from './quiz-api';
import { whenReady } from './ready';
import { timelineApi } from './timeline-api';
import { loadTourOps, tourApi } from './tour-api';
import type { KneeExplorerApi } from './types';

/** Resolves when the camera motion started by the latest change has come to rest. */
const settled = (): Promise<void> => runtime.getState().settled?.() ?? Promise.resolve();

export const createApi = (ready: Promise<void>): KneeExplorerApi => ({
  /** A script waiting for the 3D view asks for it: the interactive view loads now (first-frame/demand.ts). */
  get ready() {
    wantInteractiveView();
    return ready;
  },
  structures: () => structures.map((s) => ({ id: s.id, name: structureName(s.id), category: s.category })),
  select(id) {
    if (useStore.getState().locked) {
      throw new Error('kneeExplorer.select: the view is locked (explain mode); unlock it first');
    }
    if (!select(id)) {
      throw new Error(`kneeExplorer.select: no structure called "${id}" (see kneeExplorer.structures())`);
    }
    return settled();
  },
  selected: () => useStore.getState().selected,
  hovered: () => useStore.getState().hovered,
  project: (id) => runtime.getState().project?.(id) ?? null,
  setView(name) {
    if (!isViewName(name)) {
      throw new Error(`kneeExplorer.setView: unknown view "${name}"; use one of ${viewNames.join(', ')}`);
    }
    setView(name);
    return settled();
  },
  view: () => useStore.getState().view,
  setLayer(category, visible) {
    if (!isCategory(category)) {
      throw new Error(
        `kneeExplorer.setLayer: unknown layer "${category}"; use one of ${categories.join(', ')}`,
      );
    }
    setLayer(category, visible);
  },
  layers: () => ({ ...useStore.getState().layers }),
  frames: () => runtime.getState().frames,
  status: () => useStore.getState().scene,
  link: () => linkHref(window.location),
  camera: () => runtime.getState().pose?.() ?? null,
  unobstructed: () => {
    const rect = runtime.getState().unobstructed;
    return rect ? { ...rect } : null;
  },
  handout: () => requestHandout(false),
  ...timelineApi(),
  ...presentationApi(),
  ...tourApi(settled),
  ...createQuizApi(settled),
  ...createContentApi(settled),
  ...languageApi(),
});

/**
 * Installs window.kneeExplorer: the outermost adapter, over the store and the scene's runtime.
 * `ready` also waits for the API's lazily loaded content half (and the tours, when a link names one),
 * fetched once the knee is on screen (`knee:ready`).
 */
export const installApi = (win: Window): void => {
  // The tours load with `ready` only when a link opens one; otherwise on first use, after the knee.
  const tourLinked = useStore.getState().tour !== null;
  // A tour started from the UI (the picker, "Play my tour") brings the tour half of the API along.
  useStore.subscribe((s) => {
    if (s.tour !== null) void loadTourOps();
  });
  win.kneeExplorer = createApi(
    whenReady(win, () => Promise.all([loadContentOps(), tourLinked ? loadTourOps() : undefined])),
  );
};
