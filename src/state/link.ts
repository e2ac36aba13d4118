/**
 * The link that opens what is on screen now: the handout's QR code and anything else that hands
 * the view on goes through this one function. The app keeps the address bar in step with its
 * state (url-sync.ts), so today that is the address itself; it becomes `kneeExplorer.link()`'s
 * builder once every state is in the link (issue #12).
 */
export const currentLink = (): string => window.location.href;
