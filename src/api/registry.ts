import type { ScreenPoint } from './types';

/**
 * What the scene lends the API while it is mounted. The scene registers these from inside the
 * Canvas, so api/ never imports three.
 */
export interface SceneHooks {
  project(id: string): ScreenPoint | null;
  /** Resolves when the camera motion started by the latest state change has come to rest. */
  settled(): Promise<void>;
}

let hooks: SceneHooks | null = null;
let frameCount = 0;
let isReady = false;
let resolveReady: () => void = () => {};

export const ready: Promise<void> = new Promise((resolve) => {
  resolveReady = resolve;
});

/** Returns an unregister function (safe under StrictMode's mount, unmount, mount). */
export const registerScene = (next: SceneHooks): (() => void) => {
  hooks = next;
  return () => {
    if (hooks === next) hooks = null;
  };
};

export const sceneHooks = (): SceneHooks | null => hooks;

export const countFrame = (): void => {
  frameCount += 1;
};

export const framesDrawn = (): number => frameCount;

let gate: Promise<unknown> = Promise.resolve();

/** Holds `ready` back until `p` settles too (the API's lazily loaded content half). */
export const holdReadyFor = (p: Promise<unknown>): void => {
  gate = Promise.all([gate, p.catch(() => undefined)]);
};

/** Resolves `ready` and fires `knee:ready` in the same moment, once (after anything held for). */
export const markReady = (): void => {
  if (isReady) return;
  isReady = true;
  void gate.then(() => {
    resolveReady();
    window.dispatchEvent(new Event('knee:ready'));
  });
};
