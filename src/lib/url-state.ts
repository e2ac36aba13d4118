import { isStructureId, type StructureId } from '../content/structure-ids';
import type { ReadingLevel } from './reading-level';
import { timelineParamNames } from './timeline-url';

/** The part of the app state that lives in the address bar. */
export interface UrlState {
  selected: StructureId | null;
  /** Reading level from `?level=`; null when the link does not say (default: remembered or patient). */
  level?: ReadingLevel | null;
  /** `?mode=explain` opens explain mode; absent when the link does not say. */
  mode?: UrlMode;
}

/** The modes a link may ask for (the store's `modes`; a unit test keeps the two lists equal). */
export const urlModes = ['explore', 'explain'] as const;
export type UrlMode = (typeof urlModes)[number];
const isUrlMode = (value: string): value is UrlMode => (urlModes as readonly string[]).includes(value);

/** Something in the link that was ignored, for a dismissible notice. */
export type UrlProblem = { kind: 'unknown-param'; name: string } | { kind: 'unknown-structure'; id: string };

export interface ParsedUrl {
  state: UrlState;
  problems: UrlProblem[];
}

/** Query parameter names the app understands. */
export const urlParams = { selected: 's', level: 'level', mode: 'mode' } as const;
const known = new Set<string>([...Object.values(urlParams), ...timelineParamNames]);

/**
 * Reads the app state from a query string ("?s=superficial-mcl"). Never throws: anything it does not
 * understand is reported as a problem and the rest still applies. `isKnown` defaults to content's ids.
 */
export const parseUrlState = (
  search: string,
  isKnown: (id: string) => id is StructureId = isStructureId,
): ParsedUrl => {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.has(name) && !seen.has(name)) problems.push({ kind: 'unknown-param', name });
    seen.add(name);
  }
  const raw = params.get(urlParams.selected)?.trim() ?? '';
  let selected: StructureId | null = null;
  if (raw && isKnown(raw)) selected = raw;
  else if (raw) problems.push({ kind: 'unknown-structure', id: raw });
  const rawLevel = params.get(urlParams.level)?.trim() ?? '';
  const level = rawLevel === 'patient' || rawLevel === 'clinician' ? rawLevel : null;
  if (rawLevel && !level) problems.push({ kind: 'unknown-param', name: `${urlParams.level}=${rawLevel}` });
  const rawMode = params.get(urlParams.mode)?.trim() ?? '';
  const mode = isUrlMode(rawMode) ? rawMode : null;
  if (rawMode && !mode) problems.push({ kind: 'unknown-param', name: `${urlParams.mode}=${rawMode}` });
  const state: UrlState = level ? { selected, level } : { selected };
  if (mode) state.mode = mode;
  return { state, problems };
};

/** The query string for a state: "?s=patella", or "" when there is nothing to keep. */
export const serializeUrlState = (state: UrlState): string => {
  const params = new URLSearchParams();
  if (state.selected) params.set(urlParams.selected, state.selected);
  if (state.level === 'clinician') params.set(urlParams.level, state.level);
  if (state.mode === 'explain') params.set(urlParams.mode, state.mode);
  const text = params.toString();
  return text ? `?${text}` : '';
};
