/**
 * Promises for "the next frame has been drawn". The scene calls `frameDrawn()` right after each
 * frame; the API's setDay waits on `nextDrawnFrame()`. Without a running 3D view (no WebGL, model
 * failed) `sceneRunning` is false and waiters resolve at once: there is no frame to wait for.
 */
let waiters: Array<() => void> = [];
let running = false;

export const setSceneRunning = (value: boolean): void => {
  running = value;
  if (!value) frameDrawn();
};

export const sceneRunning = (): boolean => running;

export const nextDrawnFrame = (): Promise<void> =>
  running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve();

export const frameDrawn = (): void => {
  const done = waiters;
  waiters = [];
  for (const resolve of done) resolve();
};
