import kneeUrl from '../../models/knee.glb?url';
import { measureStage, visibleOne } from '../ui/measure-stage';
import { interactiveViewWanted, watchForUse } from './demand';
import type { FirstFrameRequest } from './draw';
import type { FirstFrameReply } from './worker';

/** off: not tried (a link that changes the view, no OffscreenCanvas); then drawing, drawn or failed. */
export type FirstFrameStatus = 'off' | 'drawing' | 'drawn' | 'failed';

/**
 * Link keys that leave the opening view as it is. Any other (a card, a camera, hidden layers, a
 * tour, a mode) changes what the first frame shows, so the 3D view draws that frame itself.
 */
const NEUTRAL_KEYS = new Set(['lang', 'embed']);
/** After this long without a frame the worker is stopped and the 3D view loads as it would without one. */
const GIVE_UP_MS = 10_000;

let status: FirstFrameStatus = 'off';
let started = false;
let canvas: HTMLCanvasElement | null = null;
let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});

export const firstFrameStatus = (): FirstFrameStatus => status;

/**
 * Resolves when the interactive 3D view may load: after the worker's frame at the reader's first
 * sign of use (demand.ts), at once where there is no such frame (failed, or not tried).
 */
export const interactiveViewMayLoad = (): Promise<void> =>
  settled.then(() => (status === 'drawn' ? interactiveViewWanted() : undefined));

/** Puts the frame's canvas in the visible slot (App's FirstFrame; the prerendered shell has one per layout). */
export const placeFirstFrame = (): void => {
  const slot = visibleOne('.first-frame-slot');
  if (canvas && slot && canvas.parentElement !== slot) slot.append(canvas);
};

/** The 3D view has drawn its own first frame: the still goes. */
export const retireFirstFrame = (): void => {
  canvas?.remove();
  canvas = null;
};

const eligible = (): boolean =>
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function' &&
  'transferToImageBitmap' in OffscreenCanvas.prototype &&
  [...new URLSearchParams(location.search).keys()].every((k) => NEUTRAL_KEYS.has(k));

const fail = (why: string): void => {
  if (status !== 'drawing') return;
  status = 'failed';
  console.warn(`Knee Explorer: the first frame was not drawn early (${why}); the 3D view draws it.`);
  settle();
};

const show = (bitmap: ImageBitmap): void => {
  const c = document.createElement('canvas');
  c.className = 'first-frame';
  c.setAttribute('aria-hidden', 'true');
  const context = c.getContext('bitmaprenderer');
  if (!context) {
    bitmap.close();
    fail('no bitmap renderer');
    return;
  }
  context.transferFromImageBitmap(bitmap);
  canvas = c;
  placeFirstFrame();
  // `knee:ready` once the frame has been painted: the knee is on screen in 3D.
  requestAnimationFrame(() => {
    if (status !== 'drawing') return;
    status = 'drawn';
    window.dispatchEvent(new Event('knee:ready'));
    settle();
  });
};

/**
 * Draws the knee's first frame in a worker (worker.ts) while the page loads its interface, and
 * shows it, as a still, where the 3D view will draw. Called once, by the boot script as soon as the
 * shell has painted (main.tsx calls it too, for the dev server, which has no boot script).
 */
export const startFirstFrame = (): void => {
  if (started) return;
  started = true;
  watchForUse(window);
  const measured = measureStage();
  if (!eligible() || !measured || measured.stage.width < 1 || measured.stage.height < 1) {
    settle();
    return;
  }
  status = 'drawing';
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'knee-first-frame',
    });
  } catch (e) {
    fail(e instanceof Error ? e.message : 'no worker');
    return;
  }
  const stop = (): void => {
    clearTimeout(timer);
    worker.terminate();
  };
  const timer = setTimeout(() => {
    stop();
    fail('timed out');
  }, GIVE_UP_MS);
  worker.onmessage = (e: MessageEvent<FirstFrameReply>) => {
    stop();
    if (e.data.kind === 'drawn') show(e.data.bitmap);
    else fail(e.data.message);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    stop();
    fail(e.message || 'worker error');
  };
  const request: FirstFrameRequest = {
    glbUrl: new URL(kneeUrl, location.href).href,
    width: measured.stage.width,
    height: measured.stage.height,
    pixelRatio: Math.min(Math.max(window.devicePixelRatio || 1, 1), 2),
    free: measured.free,
  };
  worker.postMessage(request);
};
