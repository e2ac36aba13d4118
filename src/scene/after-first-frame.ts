import { runtime } from '../state/runtime';

/** Runs `run` in an idle slot (or after `timeout` ms at the latest), off any task already running. */
export const whenIdle = (run: (deadline?: IdleDeadline) => void, timeout = 400): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 16);
};

/** Resolves once the first framed 3D frame is drawn (at once if it already has been). */
export const firstFrameDrawn = (): Promise<void> =>
  new Promise((resolve) => {
    if (runtime.getState().firstFrame) {
      resolve();
      return;
    }
    const stop = runtime.subscribe((r) => {
      if (!r.firstFrame) return;
      stop();
      resolve();
    });
  });

/**
 * What the first 3D frame does not need (the raycast index, the markers' content, the orbit
 * controls) waits for it, then for an idle slot, so neither its bytes nor its work come before the
 * knee is on screen (issue #10).
 */
export const afterFirstFrame = (): Promise<void> =>
  firstFrameDrawn().then(() => new Promise<void>((resolve) => whenIdle(() => resolve())));
