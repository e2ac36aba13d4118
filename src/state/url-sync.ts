import type { LinkFields } from '../lib/link-read';
import { parseUrlState } from '../lib/url-state';
import { followCardsWithCamera } from './camera-link';
import { loadContent } from './content-registry';
import { applyLinkFields, linkSearch, readLinkSearch } from './link';
import {
  linkNotices,
  type NoticeSpec,
  timelineNotice,
  tourNotice,
  urlNotice,
  viewNotice,
} from './link-notices';
import { holdLinkOverlay } from './link-overlay';
import { type AppState, addNotice, useStore } from './store';
import { timelineUrlChanged } from './timeline-url-sync';

export { linkNotices, MAX_LINK_NOTICES } from './link-notices';

/** What a link asks for, and everything in it the app ignores (one notice each, not yet cut). */
export const readLink = (search: string): { fields: LinkFields; ignored: NoticeSpec[] } => {
  const { fields, problems } = readLinkSearch(search);
  return {
    fields,
    ignored: [
      ...problems.url.map(urlNotice),
      ...problems.view.map(viewNotice),
      ...problems.timeline.map(timelineNotice),
      ...problems.tour.map(tourNotice),
    ],
  };
};

/** Changes that rewrite the address bar. Not the day on every frame of playback: only when it stops. */
const linkChanged = (s: AppState, prev: AppState): boolean =>
  s.selected !== prev.selected ||
  s.condition !== prev.condition ||
  s.site !== prev.site ||
  s.readingLevel !== prev.readingLevel ||
  s.mode !== prev.mode ||
  s.cameraLink !== prev.cameraLink ||
  s.layers !== prev.layers ||
  s.isolate !== prev.isolate ||
  s.allSites !== prev.allSites ||
  s.labels !== prev.labels ||
  s.language !== prev.language ||
  s.tour !== prev.tour ||
  s.tourBase !== prev.tourBase ||
  timelineUrlChanged(s, prev);

/**
 * Applies the link's state once at start-up (with notices for anything ignored), then keeps the
 * address bar in step with the state using replaceState (no history entry per click). A link that
 * names a tour is put back over its step once the tours have loaded (state/link-overlay.ts).
 */
export const startUrlSync = (win: Window): (() => void) => {
  const { fields, ignored } = readLink(win.location.search);
  for (const n of linkNotices(ignored)) addNotice(n.key, n.values);
  applyLinkFields(fields, 'start');
  if (parseUrlState(win.location.search).state.embed) useStore.setState({ embed: true });
  // A link that opens a condition or a site needs the clinical content for its highlight and framing:
  // fetch it now, beside the 3D code, rather than after the first frame (issue #10).
  const opened = useStore.getState();
  if (opened.condition !== null || opened.site !== null) loadContent().catch(() => undefined);
  if (fields.tour) {
    const { tour: _tour, ...rest } = fields;
    holdLinkOverlay(() => applyLinkFields(rest, 'over-step'));
  }
  const write = () => {
    // An embedded app keeps `embed=1` in its own address (a reload stays embedded); `link()` does not.
    const view = linkSearch();
    const search = useStore.getState().embed ? `${view ? `${view}&` : '?'}embed=1` : view;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', url);
  };
  write();
  const stopCamera = followCardsWithCamera();
  const stopWrite = useStore.subscribe((s, prev) => {
    if (linkChanged(s, prev)) write();
  });
  return () => {
    stopCamera();
    stopWrite();
  };
};
