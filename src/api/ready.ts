import { runtime } from '../state/runtime';
import { type SceneStatus, useStore } from '../state/store';

const failed = (s: SceneStatus): boolean => s === 'no-webgl' || s === 'model-error';

/**
 * `kneeExplorer.ready` and the `knee:ready` event, in the same moment, once: after the model's
 * first framed frame is on screen, or once a failed 3D view's explanation has painted (so tests
 * and embedders are never left waiting), and after everything in `gate` has settled.
 */
export const whenReady = (win: Window, gate: Promise<unknown>): Promise<void> =>
  new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      stopRuntime();
      stopStore();
      void gate
        .catch(() => undefined)
        .then(() => {
          resolve();
          win.dispatchEvent(new Event('knee:ready'));
        });
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
