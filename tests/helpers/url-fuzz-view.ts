import { conditionIds, siteIds } from '../../src/content/card-ids';
import { type Category, categories } from '../../src/content/schema';
import { isLanguage, languages } from '../../src/i18n/languages';
import type { CameraLink } from '../../src/lib/camera-url';
import type { AppState } from '../../src/state/store';

/**
 * The keys issue #12 added to the link, for the URL fuzz (url-fuzz.ts): good values to mix with the
 * bad ones, and the test's own judgement of whether the app applied a value, read from its state.
 */
export const viewKeys = ['c', 'site', 'cam', 'hide', 'iso', 'allsites', 'labels', 'lang'] as const;
export type ViewKey = (typeof viewKeys)[number];

export const goodView: Record<ViewKey, readonly string[]> = {
  c: conditionIds,
  site: siteIds,
  cam: [
    'anterior',
    'medial',
    'posterior',
    'auto',
    '32.5,78.1,412,0,15,-3',
    '-180,90,60,0,0,0',
    '0, 5.7, 1400, 1, 2, 3',
  ],
  hide: ['tendon', 'capsule,tendon', 'bone,meniscus,ligament', '', 'tendon,,tendon'],
  iso: ['1', '0'],
  allsites: ['1', '0'],
  labels: ['1', '0'],
  lang: languages,
};

/** The part of the state the new keys set. */
export interface ViewLinkState {
  condition: string | null;
  site: string | null;
  cameraLink: CameraLink;
  layers: Record<Category, boolean>;
  isolate: boolean;
  allSites: boolean;
  labels: boolean;
  language: string;
}

export const viewLinkState = (s: AppState): ViewLinkState => ({
  condition: s.condition,
  site: s.site,
  cameraLink: s.cameraLink,
  layers: s.layers,
  isolate: s.isolate,
  allSites: s.allSites,
  labels: s.labels,
  language: s.language,
});

/** Did the camera take this `cam=` value? Six numbers within the link's rounding count as taken. */
const cameraTook = (value: string, c: CameraLink): boolean => {
  if (c.kind === 'view') return c.view === value;
  if (c.kind === 'auto') return value === 'auto' || value === 'anterior';
  const given = value.split(',').map(Number);
  const o = c.orbit;
  const near = (a: number | undefined, b: number, tol: number) => a !== undefined && Math.abs(a - b) <= tol;
  const azimuth = near(given[0], o.azimuth, 0.05) || near(Math.abs(given[0] ?? 0), 180, 0.05);
  return (
    given.length === 6 &&
    azimuth &&
    near(given[1], o.polar, 0.05) &&
    near(given[2], o.distance, 0.5) &&
    o.target.every((v, i) => near(given[i + 3], v, 0.5))
  );
};

const switchTook = (value: string, on: boolean): boolean => (value === '1' && on) || (value === '0' && !on);

/** Was the first value of a new key applied? */
export const viewApplied = (key: ViewKey, value: string, s: ViewLinkState): boolean => {
  switch (key) {
    case 'c':
      return s.condition === value;
    case 'site':
      return s.site === value;
    case 'cam':
      return cameraTook(value, s.cameraLink);
    case 'hide':
      return true; // judged layer by layer (hiddenIgnored)
    case 'iso':
      return switchTook(value, s.isolate);
    case 'allsites':
      return switchTook(value, s.allSites);
    case 'labels':
      return switchTook(value, s.labels);
    case 'lang':
      // A language other than English is applied once its chunk has loaded (state/language.ts), after
      // this synchronous start-up: a language the app has counts as taken.
      return s.language === value || isLanguage(value);
  }
};

/** The layers named in `hide=` that are not hidden now: each must have a notice. */
export const hiddenIgnored = (value: string, s: ViewLinkState): string[] =>
  [...new Set(value.split(',').map((c) => c.trim()))].filter(
    (c) => c !== '' && !(categories.includes(c as Category) && !s.layers[c as Category]),
  );
