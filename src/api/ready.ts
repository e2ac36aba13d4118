import { firstFrameStatus } from '../first-frame/start';
import { runtime } from '../state/runtime';
import { type SceneStatus, useStore } from '../state/store';

const failed = (s: SceneStatus): boolean => s === 'no-webgl' || s === 'model-error';

/** Resolves once what the clinical content adds is drawn, or at once when no 3D view draws. */
const contentOnScreen = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const done = (r = runtime.getState()) =>
      r.contentDrawn || !r.running || failed(useStore.getState().scene);
    if (done()) return resolve();
    const stop = runtime.subscribe((r) => {
      if (!done(r)) return;
      stop();
      resolve();
    });
  });

/**
 * The `knee:ready` event, then `kneeExplorer.ready` (issue #10):
 * - the event fires once the model's first framed frame is on screen, or once a failed 3D view's
 *   explanation has painted (so embedders are never left waiting). The first frame needs no
 *   clinical content, so the event does not wait for it;
 * - `ready` resolves after the event, once everything `gate` starts then (the API's content half, a
 *   linked tour) has settled and a frame with the content's markers and highlights is on screen, so every
 *   API call works at once.
 */
export const whenReady = (win: Window, gate: () => Promise<unknown>): Promise<void> =>
  new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      stopRuntime();
      stopStore();
      // The worker's first frame has announced itself already (first-frame/start.ts).
      if (firstFrameStatus() !== 'drawn') win.dispatchEvent(new Event('knee:ready'));
      void gate()
        .catch(() => undefined)
        .then(contentOnScreen)
        .then(() => resolve());
    };
    const afterPaint = () => win.requestAnimationFrame(finish);
    const stopRuntime = runtime.subscribe((r) => {
      if (r.firstFrame) finish();
    });
    const stopStore = useStore.subscribe((s) => {
      if (failed(s.scene)) afterPaint();
    });
    if (runtime.getState().firstFrame) finish();
    else if (failed(useStore.getState().scene)) afterPaint();
  });
