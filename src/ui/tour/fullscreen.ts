/**
 * The browser's full screen for presentation mode, where it is allowed: a refusal (no user gesture,
 * an iframe without permission, a browser without the API) is ignored, and the browser leaving full
 * screen on its own (its Esc, F11) changes nothing else.
 */
export const enterFullscreen = (): void => {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
};

export const leaveFullscreen = (): void => {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
};

/** Where keys are text input (a clicker key or P there is typing, not a command). */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select, [role="slider"]') !== null);

/** A modal dialog is open: its keys are its own. */
export const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;
