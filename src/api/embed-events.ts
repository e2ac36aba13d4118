import { type AppState, useStore } from '../state/store';
import type { EmbedEventName } from './embed-protocol';

/** The open card: a structure, a condition, an injection site (each null when none). */
export const selectionDetail = (s: AppState) => ({
  selected: s.selected,
  condition: s.condition,
  site: s.site,
});

/** The healing timeline: the day (fractional while playing), whether it plays, the schedule. */
export const timelineDetail = (s: AppState) => ({ day: s.day, playing: s.playing, schedule: s.scheduleId });

const selectionChanged = (s: AppState, prev: AppState): boolean =>
  s.selected !== prev.selected || s.condition !== prev.condition || s.site !== prev.site;

/** While playing, the day moves every frame: the parent hears of each new whole day, not each frame. */
const timelineChanged = (s: AppState, prev: AppState): boolean =>
  s.playing !== prev.playing ||
  s.scheduleId !== prev.scheduleId ||
  (s.playing ? Math.floor(s.day) !== Math.floor(prev.day) : s.day !== prev.day);

/** Tells the parent about selection and timeline changes, whatever made them (a tap, a link, the API). */
export const watchStore = (emit: (name: EmbedEventName, detail: unknown) => void): (() => void) =>
  useStore.subscribe((s, prev) => {
    if (selectionChanged(s, prev)) emit('selection', selectionDetail(s));
    if (timelineChanged(s, prev)) emit('timeline', timelineDetail(s));
  });
