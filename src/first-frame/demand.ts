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

/** Listens, from the boot script on, for the first sign of use. */
export const watchForUse = (win: Window): void => {
  const on = (): void => {
    for (const type of SIGNS) win.removeEventListener(type, on, true);
    want();
  };
  for (const type of SIGNS) win.addEventListener(type, on, { capture: true, passive: true });
};
