import { isStructureId, type StructureId } from '../content/structure-ids';
import type { ReadingLevel } from './reading-level';
import { timelineParamNames } from './timeline-url';
import { tourParamNames } from './tour-url';
import { viewParamNames } from './view-url';

/** The part of the app state that lives in the address bar. */
export interface UrlState {
  selected: StructureId | null;
  /** Reading level from `?level=`; null when the link does not say (default: remembered or patient). */
  level?: ReadingLevel | null;
  /** `?mode=explain` (or `present`) opens that mode; absent when the link does not say. */
  mode?: UrlMode;
  /** `?embed=1`: the minimal chrome for a page framed by another site (issue #12); absent otherwise. */
  embed?: true;
}

/** The modes a link may ask for (the store's `modes`; a unit test keeps the two lists equal). */
export const urlModes = ['explore', 'explain', 'present'] as const;
export type UrlMode = (typeof urlModes)[number];
const isUrlMode = (value: string): value is UrlMode => (urlModes as readonly string[]).includes(value);

/**
 * Something in the link that was ignored, for a dismissible notice. `repeated-param` is a second
 * (third…) copy of a known setting with another value: the first one applies.
 */
export type UrlProblem =
  | { kind: 'unknown-param'; name: string }
  | { kind: 'unknown-structure'; id: string }
  | { kind: 'repeated-param'; name: string };

export interface ParsedUrl {
  state: UrlState;
  problems: UrlProblem[];
}

/** Query parameter names the app understands. */
export const urlParams = { selected: 's', level: 'level', mode: 'mode', embed: 'embed' } as const;
const known = new Set<string>([
  ...Object.values(urlParams),
  ...viewParamNames,
  ...timelineParamNames,
  ...tourParamNames,
]);

/** Later copies of a known setting whose value differs from the first (which is the one applied). */
const repeats = (params: URLSearchParams): UrlProblem[] =>
  [...known].flatMap((name) => {
    const [first = '', ...rest] = params.getAll(name).map((v) => v.trim());
    const ignored = [...new Set(rest)].filter((v) => v !== '' && v !== first);
    return ignored.map((v): UrlProblem => ({ kind: 'repeated-param', name: `${name}=${v}` }));
  });

/** Unknown parameter names, each once; `?=x` (no name) is named by its value, `?&&=` is nothing. */
const unknowns = (params: URLSearchParams): UrlProblem[] => {
  const seen = new Set<string>();
  const problems: UrlProblem[] = [];
  for (const [name, value] of params) {
    if (known.has(name) || seen.has(name) || (name === '' && value.trim() === '')) continue;
    seen.add(name);
    problems.push({ kind: 'unknown-param', name: name === '' ? `=${value}` : name });
  }
  return problems;
};

/**
 * Reads the app state from a query string ("?s=superficial-mcl"). Never throws: anything it does not
 * understand is reported as a problem and the rest still applies. `isKnown` defaults to content's ids.
 */
export const parseUrlState = (
  search: string,
  isKnown: (id: string) => id is StructureId = isStructureId,
): ParsedUrl => {
  const params = new URLSearchParams(search);
  const problems = unknowns(params);
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
  // `embed=0` is the default said aloud: accepted, nothing to do.
  const rawEmbed = params.get(urlParams.embed)?.trim() ?? '';
  if (rawEmbed && rawEmbed !== '1' && rawEmbed !== '0') {
    problems.push({ kind: 'unknown-param', name: `${urlParams.embed}=${rawEmbed}` });
  }
  problems.push(...repeats(params));
  const state: UrlState = level ? { selected, level } : { selected };
  if (mode) state.mode = mode;
  if (rawEmbed === '1') state.embed = true;
  return { state, problems };
};

/**
 * The query string for a state: "?s=patella", or "" when there is nothing to keep. The level is
 * written when it is 'clinician' (a link to share) or differs from `fallbackLevel`, the level this
 * device would open without one (its remembered level): a link that said `level=patient` on a device
 * that remembers 'clinician' must keep saying so after the address bar is rewritten.
 */
export const serializeUrlState = (state: UrlState, fallbackLevel: ReadingLevel = 'patient'): string => {
  const params = new URLSearchParams();
  if (state.selected) params.set(urlParams.selected, state.selected);
  if (state.level && (state.level === 'clinician' || state.level !== fallbackLevel)) {
    params.set(urlParams.level, state.level);
  }
  if (state.mode && state.mode !== 'explore') params.set(urlParams.mode, state.mode);
  if (state.embed) params.set(urlParams.embed, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Characters that would reorder, hide or break a line of text in a notice. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A value from the link, made safe to show in a notice: invisible and control characters become
 * "�", and anything longer than `max` characters is cut with "…" (a link may be 100 KB long).
 */
export const shownValue = (text: string, max = 40): string => {
  const chars = Array.from(text.replace(UNPRINTABLE, '\uFFFD'));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};
