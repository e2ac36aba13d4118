import { isStructureId } from '../content/structures';
import { parseUrlState, serializeUrlState } from '../lib/url-state';
import { addNotice, select, useStore } from './store';

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
  const write = (selected: string | null) => {
    const search = serializeUrlState({ selected });
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', url);
  };
  write(state.selected);
  return useStore.subscribe((s, prev) => {
    if (s.selected !== prev.selected) write(s.selected);
  });
};
