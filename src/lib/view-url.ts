import { isConditionId, isSiteId } from '../content/card-ids';
import { type Category, categories, isCategory } from '../content/schema';
import { isLanguage, type Language } from '../i18n/languages';
import { type CameraLink, formatCamera, parseCamera } from './camera-url';

/**
 * The rest of the view in a link (issue #12): the condition and injection-site cards, the camera,
 * hidden layers, isolate, all site markers, labels and the language. Each field is present only when
 * the link names it, so a link can leave a setting to its default or to a tour step.
 */
export interface ViewUrlState {
  condition?: string | null;
  site?: string | null;
  camera?: CameraLink;
  /** Hidden tissue categories, in category order. */
  hidden?: Category[];
  /** Layers shown that start hidden (`defaultLayers`: the neighbours of issue #13), in category order. */
  shown?: Category[];
  isolate?: boolean;
  allSites?: boolean;
  labels?: boolean;
  language?: Language;
}

export const viewParams = {
  condition: 'c',
  site: 'site',
  camera: 'cam',
  hide: 'hide',
  show: 'show',
  isolate: 'iso',
  allSites: 'allsites',
  labels: 'labels',
  language: 'lang',
} as const;
export const viewParamNames: readonly string[] = Object.values(viewParams);

export type ViewUrlProblem =
  | { kind: 'unknown-condition'; value: string }
  | { kind: 'unknown-site'; value: string }
  | { kind: 'invalid-camera'; value: string }
  | { kind: 'unknown-layer'; value: string }
  | { kind: 'invalid-switch'; name: string; value: string }
  | { kind: 'unknown-language'; value: string }
  /** `s=` beside `c=`: a card shows a structure or a condition, and the condition wins. */
  | { kind: 'structure-and-condition'; value: string }
  /** `iso=1` with no structure to isolate. */
  | { kind: 'isolate-without-structure'; value: string };

type Switch = 'isolate' | 'allSites' | 'labels';
const switches: readonly Switch[] = ['isolate', 'allSites', 'labels'];

/** Reads the view settings from a query string; never throws, and reports what it ignored. */
export const parseViewUrl = (search: string): { state: ViewUrlState; problems: ViewUrlProblem[] } => {
  const params = new URLSearchParams(search);
  const state: ViewUrlState = {};
  const problems: ViewUrlProblem[] = [];
  const read = (name: string): string | null => params.get(name)?.trim() ?? null;

  const card = (name: string, known: (id: string) => boolean, kind: 'unknown-condition' | 'unknown-site') => {
    const value = read(name);
    if (value === null) return undefined;
    if (value === '' || known(value)) return value || null;
    problems.push({ kind, value });
    return undefined;
  };
  const condition = card(viewParams.condition, isConditionId, 'unknown-condition');
  if (condition !== undefined) state.condition = condition;
  const site = card(viewParams.site, isSiteId, 'unknown-site');
  if (site !== undefined) state.site = site;

  const cam = read(viewParams.camera);
  const camera = cam ? parseCamera(cam) : null;
  if (camera) state.camera = camera;
  else if (cam) problems.push({ kind: 'invalid-camera', value: cam });

  const layerList = (name: string): Category[] | undefined => {
    const value = params.get(name);
    if (value === null) return undefined;
    const named = new Set(value.split(',').map((c) => c.trim()));
    for (const c of named) if (c && !isCategory(c)) problems.push({ kind: 'unknown-layer', value: c });
    return categories.filter((c) => named.has(c));
  };
  const hidden = layerList(viewParams.hide);
  if (hidden) state.hidden = hidden;
  const shown = layerList(viewParams.show);
  if (shown) state.shown = shown;

  for (const key of switches) {
    const name = viewParams[key];
    const value = read(name);
    if (value === '1' || value === '0') state[key] = value === '1';
    else if (value) problems.push({ kind: 'invalid-switch', name, value });
  }

  const lang = read(viewParams.language);
  if (lang && isLanguage(lang)) state.language = lang;
  else if (lang) problems.push({ kind: 'unknown-language', value: lang });
  return { state, problems };
};

/** The view settings as [name, value] pairs, in link order, for the fields present. */
export const viewEntries = (s: ViewUrlState): [string, string][] => {
  const out: [string, string][] = [];
  if (s.camera) out.push([viewParams.camera, formatCamera(s.camera)]);
  if (s.hidden) out.push([viewParams.hide, s.hidden.join(',')]);
  if (s.shown) out.push([viewParams.show, s.shown.join(',')]);
  for (const key of switches) {
    const on = s[key];
    if (on !== undefined) out.push([viewParams[key], on ? '1' : '0']);
  }
  if (s.language) out.push([viewParams.language, s.language]);
  return out;
};

/** The card settings as pairs (written right after `s=`, so a link reads card first). */
export const cardEntries = (s: ViewUrlState): [string, string][] => {
  const out: [string, string][] = [];
  if (s.condition !== undefined) out.push([viewParams.condition, s.condition ?? '']);
  if (s.site !== undefined) out.push([viewParams.site, s.site ?? '']);
  return out;
};
