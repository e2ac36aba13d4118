import { isStructureId, type StructureId } from '../content/structures';
import { initialReadingLevel } from '../lib/reading-level';
import { parseUrlState, serializeUrlState, shownValue, type UrlProblem } from '../lib/url-state';
import { select } from './navigation';
import { storedReadingLevel } from './preferences';
import { setMode } from './presentation';
import { addNotice, type Mode, type Notice, type ReadingLevel, useStore } from './store';
import { readTimelineUrl, timelineSearch, timelineUrlChanged } from './timeline-url-sync';
import { readTourUrl, tourSearch } from './tour-url-sync';

type NoticeSpec = Omit<Notice, 'id'>;

const urlNotice = (p: UrlProblem): NoticeSpec =>
  p.kind === 'unknown-structure'
    ? { key: 'unknownStructure', values: { id: p.id } }
    : { key: p.kind === 'repeated-param' ? 'repeatedParam' : 'unknownParam', values: { name: p.name } };

/** More notices than this and the last one counts the rest: a link can hold thousands of settings. */
export const MAX_LINK_NOTICES = 5;

/**
 * One notice per ignored setting, its values cut to a readable length; past MAX_LINK_NOTICES, the
 * first ones and a count of the others.
 */
export const linkNotices = (all: readonly NoticeSpec[]): NoticeSpec[] => {
  const shown = all.map(({ key, values }) => ({
    key,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, shownValue(v)])),
  }));
  if (shown.length <= MAX_LINK_NOTICES) return shown;
  const named = shown.slice(0, MAX_LINK_NOTICES - 1);
  return [...named, { key: 'moreIgnored', values: { count: String(shown.length - named.length) } }];
};

/** What a link asks for, and everything in it the app ignores (one notice each, not yet cut). */
export const readLink = (search: string) => {
  const { state, problems } = parseUrlState(search, isStructureId);
  const timeline = readTimelineUrl(search);
  const tour = readTourUrl(search);
  return {
    state,
    timeline: timeline.state,
    tour: tour.tour,
    ignored: [...problems.map(urlNotice), ...timeline.notices, ...tour.notices],
  };
};

/**
 * Applies the link's state once at start-up (with notices for anything ignored), then keeps the
 * address bar in step with the selection using replaceState (no history entry per click).
 */
export const startUrlSync = (win: Window): (() => void) => {
  const { state, timeline, tour, ignored } = readLink(win.location.search);
  for (const n of linkNotices(ignored)) addNotice(n.key, n.values);
  select(state.selected);
  useStore.setState(timeline);
  useStore.setState({ readingLevel: initialReadingLevel(state.level ?? null, storedReadingLevel()) });
  if (state.mode) setMode(state.mode);
  if (state.embed) useStore.setState({ embed: true });
  // The tour's step is put on screen once the tours have loaded (state/tour.ts `resumeTour`).
  if (tour) useStore.setState({ tour });
  const write = (
    selected: StructureId | null,
    level: ReadingLevel = useStore.getState().readingLevel,
    mode: Mode = useStore.getState().mode,
  ) => {
    // Without `level=` a fresh load shows the remembered level: the link names any other.
    const remembered = initialReadingLevel(null, storedReadingLevel());
    const embed = useStore.getState().embed || undefined;
    const search = tourSearch(
      timelineSearch(serializeUrlState({ selected, level, mode, embed }, remembered)),
      useStore.getState(),
    );
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', url);
  };
  write(state.selected);
  return useStore.subscribe((s, prev) => {
    if (
      s.selected !== prev.selected ||
      s.readingLevel !== prev.readingLevel ||
      s.mode !== prev.mode ||
      s.tour !== prev.tour ||
      timelineUrlChanged(s, prev)
    )
      write(s.selected, s.readingLevel, s.mode);
  });
};
