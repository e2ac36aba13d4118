/**
 * A link that names a tour also names what differs from that step (lib/link.ts). The step can only
 * be put on screen once the tours have loaded (state/tour.ts `resumeTour`); the link's own settings
 * are then put back over it. Kept apart so the first view's url-sync need not load the tour player.
 */
let overlay: (() => void) | null = null;

export const holdLinkOverlay = (apply: () => void): void => {
  overlay = apply;
};

/** The link's settings to put over its tour step, once; null when there are none. */
export const takeLinkOverlay = (): (() => void) | null => {
  const apply = overlay;
  overlay = null;
  return apply;
};
