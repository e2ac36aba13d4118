import { CategorySchema, categories } from '../content/schema';
import { structures } from '../content/structures';
import { structureName } from '../i18n';
import { isViewName, select, setLayer, setView, useStore, viewNames } from '../state/store';
import { createContentApi, loadContentOps } from './content-api';
import { framesDrawn, holdReadyFor, markReady, ready, sceneHooks } from './registry';
import { timelineApi } from './timeline-api';
import type { KneeExplorerApi } from './types';

const settled = (): Promise<void> => sceneHooks()?.settled() ?? Promise.resolve();

export const createApi = (): KneeExplorerApi => ({
  ready,
  structures: () => structures.map((s) => ({ id: s.id, name: structureName(s.id), category: s.category })),
  select(id) {
    if (id !== null && !select(id)) {
      throw new Error(`kneeExplorer.select: no structure called "${id}" (see kneeExplorer.structures())`);
    }
    if (id === null) select(null);
    return settled();
  },
  selected: () => useStore.getState().selected,
  hovered: () => useStore.getState().hovered,
  project: (id) => sceneHooks()?.project(id) ?? null,
  setView(name) {
    if (!isViewName(name)) {
      throw new Error(`kneeExplorer.setView: unknown view "${name}"; use one of ${viewNames.join(', ')}`);
    }
    setView(name);
    return settled();
  },
  view: () => useStore.getState().view,
  setLayer(category, visible) {
    const parsed = CategorySchema.safeParse(category);
    if (!parsed.success) {
      throw new Error(
        `kneeExplorer.setLayer: unknown layer "${category}"; use one of ${categories.join(', ')}`,
      );
    }
    setLayer(parsed.data, visible);
  },
  layers: () => ({ ...useStore.getState().layers }),
  frames: framesDrawn,
  status: () => useStore.getState().scene,
  ...timelineApi(),
  ...createContentApi(settled),
});

/**
 * Installs window.kneeExplorer. When the 3D view cannot appear (no WebGL, model failed), `ready`
 * still resolves once the explanation is on screen, so tests and embedders are never left waiting.
 */
export const installApi = (win: Window): void => {
  holdReadyFor(loadContentOps());
  win.kneeExplorer = createApi();
  const failed = (s: string) => s === 'no-webgl' || s === 'model-error';
  const afterPaint = () => win.requestAnimationFrame(() => markReady());
  if (failed(useStore.getState().scene)) afterPaint();
  useStore.subscribe((s, prev) => {
    if (failed(s.scene) && !failed(prev.scene)) afterPaint();
  });
};
