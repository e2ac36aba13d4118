import { retryModel, setSceneStatus } from '../state/store';

/** The 3D code itself failed to load (not just the model file): only a reload can bring it back. */
let codeFailed = false;

/**
 * Around the lazy 3D view: if three cannot create a WebGL context (or the 3D code fails to load),
 * React would unmount the whole app; the boundary keeps the list and cards alive and this says why.
 */
export const threeDFailed = (error: unknown): void => {
  console.warn('Knee Explorer: 3D view unavailable.', error);
  const noWebgl = /webgl/i.test(String(error));
  codeFailed = !noWebgl;
  setSceneStatus(noWebgl ? 'no-webgl' : 'model-error');
};

/**
 * The Retry on the model's failure message. A failed model file is fetched again in place; failed
 * 3D code cannot be re-imported, so the page reloads: the link holds the selection, nothing is lost.
 */
export const retryThreeD = (win: Window = window): void => {
  if (codeFailed) win.location.reload();
  else retryModel();
};
