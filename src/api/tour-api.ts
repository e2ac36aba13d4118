import { nextFrame } from '../state/runtime';
import { useStore } from '../state/store';
import type { TourApi } from './tour-types';

type TourOps = typeof import('./tour-ops');

let ops: TourOps | null = null;
let loading: Promise<TourOps> | null = null;

/** Loads the tours and their player (own chunk); a link's tour goes on screen then. `ready` waits for it. */
export const loadTourOps = (): Promise<TourOps> => {
  loading ??= import('./tour-ops').then(async (m) => {
    await m.loadTours();
    ops = m;
    m.resumeTour();
    return m;
  });
  return loading;
};

const loaded = (name: string): TourOps => {
  if (!ops) throw new Error(`kneeExplorer.${name}: the tours are still loading; await kneeExplorer.ready`);
  return ops;
};

const running = (name: string): TourOps => {
  const o = loaded(name);
  if (!o.tourPosition())
    throw new Error(`kneeExplorer.${name}: no tour is running (see kneeExplorer.startTour)`);
  return o;
};

/**
 * Guided tours; `settled` resolves when the camera rests. When a step changes the timeline, the
 * promise also waits for the frame that shows the new day (with render on demand, a step that
 * changes nothing on screen draws no frame: then only the camera is waited for).
 */
export const tourApi = (settled: () => Promise<void>): TourApi => {
  const act = (change: () => void): Promise<void> => {
    const before = useStore.getState();
    const frame = nextFrame();
    change();
    const after = useStore.getState();
    const redrawn = after.day !== before.day || after.scheduleId !== before.scheduleId;
    return Promise.all([settled(), redrawn ? frame : undefined]).then(() => undefined);
  };
  return {
    tours: async () =>
      (await loadTourOps()).tourSummaries().map(({ id, title, steps }) => ({ id, title, steps })),
    async startTour(id) {
      const o = await loadTourOps();
      if (useStore.getState().locked) {
        throw new Error('kneeExplorer.startTour: the view is locked (explain mode); unlock it first');
      }
      if (!o.findTour(id)) {
        const known = o
          .tourSummaries()
          .map((t) => t.id)
          .join(', ');
        throw new Error(`kneeExplorer.startTour: no tour called "${id}"; use one of ${known}`);
      }
      return act(() => o.startTour(id));
    },
    tourStep() {
      const at = ops?.tourPosition();
      return at ? { tour: at.tour.id, index: at.index, total: at.total } : null;
    },
    nextStep() {
      const o = running('nextStep');
      return act(() => o.nextStep());
    },
    prevStep() {
      const o = running('prevStep');
      return act(() => o.prevStep());
    },
    async endTour() {
      const o = await loadTourOps();
      return act(() => o.endTour());
    },
  };
};
