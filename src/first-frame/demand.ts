/**
 * When the interactive 3D view loads, after the worker's first frame (issue #10): at the reader's
 * first sign of use (a pointer moving or pressing, a key, a wheel, a touch, a click, which a screen
 * reader sends without a pointer), or when a script reads `kneeExplorer.ready`. Until then the page
 * is the interface and the drawn knee, and the main thread stays free: three.js, R3F and the scene
 * would otherwise be parsed, built and drawn for a reader who has not touched anything yet.
 */
const SIGNS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'click'] as const;

let want = (): void => {};
const wanted = new Promise<void>((resolve) => {
  want = resolve;
});

/** Asks for the interactive view now (idempotent). */
export const wantInteractiveView = (): void => want();

/** Resolves once the interactive view has been asked for. */
export const interactiveViewWanted = (): Promise<void> => wanted;

/** A tap or click on the drawn knee before the interactive view was up: where, and when. */
export interface PendingTap {
  x: number;
  y: number;
  at: number;
}
/** Older taps are not carried out: the reader has moved on. */
const TAP_KEPT_MS = 8000;
let tap: PendingTap | null = null;
let taken = false;

/**
 * The tap that asked for the interactive view, if it landed on the 3D view (not on a control over
 * it) and is recent: the view carries it out once it is up, so a first touch on the knee selects
 * what it touched instead of being lost. Taken once.
 */
export const takePendingTap = (now = performance.now()): PendingTap | null => {
  taken = true;
  const t = tap;
  tap = null;
  return t && now - t.at < TAP_KEPT_MS ? t : null;
};

const onStage = (e: Event): boolean =>
  e.target instanceof Element &&
  e.target.closest('.stage') !== null &&
  e.target.closest('button, a, input, select, textarea, [role="dialog"]') === null;

/** Listens, from the boot script on, for the first sign of use (and for a tap on the drawn knee). */
export const watchForUse = (win: Window): void => {
  const on = (): void => {
    for (const type of SIGNS) win.removeEventListener(type, on, true);
    want();
  };
  for (const type of SIGNS) win.addEventListener(type, on, { capture: true, passive: true });
  const onClick = (e: MouseEvent): void => {
    if (taken) win.removeEventListener('click', onClick, true);
    else if (onStage(e)) tap = { x: e.clientX, y: e.clientY, at: e.timeStamp };
  };
  win.addEventListener('click', onClick, { capture: true, passive: true });
};
