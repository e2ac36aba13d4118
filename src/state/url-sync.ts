import { isStructureId, type StructureId } from '../content/structures';
import { initialReadingLevel } from '../lib/reading-level';
import { parseUrlState, serializeUrlState } from '../lib/url-state';
import { select } from './navigation';
import { storedReadingLevel } from './preferences';
import { setMode } from './presentation';
import { addNotice, type Mode, type ReadingLevel, useStore } from './store';
import { applyTimelineUrl, timelineSearch, timelineUrlChanged } from './timeline-url-sync';

/**
 * Applies the link's state once at start-up (with a notice for anything ignored), then keeps the
 * address bar in step with the selection using replaceState (no history entry per click).
 */
export const startUrlSync = (win: Window): (() => void) => {
  const { state, problems } = parseUrlState(win.location.search, isStructureId);
  for (const p of problems) {
    if (p.kind === 'unknown-param') addNotice('unknownParam', { name: p.name });
    else addNotice('unknownStructure', { id: p.id });
  }
  select(state.selected);
  applyTimelineUrl(win.location.search);
  useStore.setState({ readingLevel: initialReadingLevel(state.level ?? null, storedReadingLevel()) });
  if (state.mode) setMode(state.mode);
  const write = (
    selected: StructureId | null,
    level: ReadingLevel = useStore.getState().readingLevel,
    mode: Mode = useStore.getState().mode,
  ) => {
    const search = timelineSearch(serializeUrlState({ selected, level, mode }));
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', url);
  };
  write(state.selected);
  return useStore.subscribe((s, prev) => {
    if (
      s.selected !== prev.selected ||
      s.readingLevel !== prev.readingLevel ||
      s.mode !== prev.mode ||
      timelineUrlChanged(s, prev)
    )
      write(s.selected, s.readingLevel, s.mode);
  });
};
