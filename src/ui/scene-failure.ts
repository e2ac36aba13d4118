import { setSceneStatus } from '../state/store';

/**
 * Around the lazy 3D view: if three cannot create a WebGL context (or the 3D code fails to load),
 * React would unmount the whole app; the boundary keeps the list and cards alive and this says why.
 */
export const threeDFailed = (error: unknown): void => {
  console.warn('Knee Explorer: 3D view unavailable.', error);
  setSceneStatus(/webgl/i.test(String(error)) ? 'no-webgl' : 'model-error');
};
