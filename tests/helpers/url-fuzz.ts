import fc from 'fast-check';
import { schedules } from '../../src/content/healing';
import { structureIds } from '../../src/content/structure-ids';
import { i18n } from '../../src/i18n';
import { type ReadingLevel, readingLevels } from '../../src/lib/reading-level';
import { MY_SCHEDULE, speeds } from '../../src/lib/timeline-url';
import { type AppState, type Notice, resetStore, useStore } from '../../src/state/store';
import { readLink, startUrlSync } from '../../src/state/url-sync';
import {
  goodView,
  hiddenIgnored,
  type ViewKey,
  type ViewLinkState,
  viewApplied,
  viewKeys,
  viewLinkState,
} from './url-fuzz-view';

/**
 * Generated links for the URL fuzz (issue #10): random query strings, truncated ones, huge ones,
 * unicode, percent-encoding garbage, repeated keys, and every known key with a bad value. The unit
 * fuzz runs them through the app's start-up in Node; the browser test loads a seeded sample.
 */

const oldKeys = ['s', 'level', 'mode', 'day', 'schedule', 'sessions', 'play', 'speed'] as const;
export const knownKeys = [...oldKeys, ...viewKeys] as const;
type Known = (typeof knownKeys)[number];
type OldKey = (typeof oldKeys)[number];
const isViewKey = (k: string): k is ViewKey => (viewKeys as readonly string[]).includes(k);

const good: Record<Known, readonly string[]> = {
  ...goodView,
  s: structureIds,
  level: readingLevels,
  mode: ['explore', 'explain'],
  day: ['0', '1', '42', '99.5', '364', '3.14159', '7e1', ' 12 '],
  schedule: [...schedules.map((s) => s.id), MY_SCHEDULE],
  sessions: ['2026-01-05', '2026-01-05,2026-02-02', '2025-12-31, 2026-03-01', '2026-02-02,2026-01-05'],
  play: ['1', '0'],
  speed: speeds.map(String),
};

/** Values that are wrong for some or every key, chosen to break naive code. */
export const badValues = [
  '',
  ' ',
  'ACL',
  'Patella',
  ' patella ',
  '-1',
  '365',
  '364.06',
  '-0.01',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  '2026-02-30',
  '2026-13-01',
  '0099-01-01',
  'yes',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{name}}',
  '$t(notices.dismiss)',
  '%',
  '%zz',
  '%E2%82',
  '\u202Eevil',
  '\u200B',
  '\u0000',
  'a\nb',
  'a\u2028b',
  '𝕜𝕟𝕖𝕖',
  '膝',
  '🦵🏽',
  'עברית',
  'Z̴̡͓̈́a̸l̷g̵o̶',
  'a'.repeat(500),
  ','.repeat(20),
  ' , ,2026-01-05,,x',
  'mine',
] as const;

/** Bits of broken percent-encoding (and characters that end a key, a value or the query). */
const percentGarbage = fc
  .array(
    fc.constantFrom(
      '%',
      '%2',
      '%zz',
      '%E2%82',
      '%C0%AF',
      '%ED%A0%80',
      '%00',
      '%FF',
      '%25',
      '%%',
      '+',
      '&',
      '=',
      '#',
      '?',
      '%0A',
      '%E2%80%AE',
      '%F0%9F%A6%B5',
    ),
    { maxLength: 12 },
  )
  .map((bits) => bits.join(''));

const randomText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  percentGarbage,
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...knownKeys) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('S', 'Level', 's ', ' s', '%73', 's%00', '__proto__', '', 'ſ', 'day[]'),
  },
  { weight: 2, arbitrary: randomText },
);

const value = (k: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(Object.hasOwn(good, k) ? good[k as Known] : ['1'])) },
    { weight: 3, arbitrary: fc.constantFrom(...badValues) },
    { weight: 2, arbitrary: randomText },
  );

/** How a key or value is written into the link: as it is, encoded, or with garbage in it. */
const written = (text: string) =>
  fc.oneof(
    fc.constant(text),
    fc.constant(encodeURIComponent(text)),
    percentGarbage.map((g) => `${text}${g}`),
  );

const pair = key.chain((k) =>
  fc
    .tuple(written(k), value(k).chain(written), fc.constantFrom('=', '=', '=', '', '=='))
    .map(([wk, wv, eq]) => (eq === '' ? wk : `${wk}${eq}${wv}`)),
);

const randomQuery = fc
  .tuple(
    fc.constantFrom('?', '?', '??', '?&', '?='),
    fc.array(pair, { maxLength: 12 }),
    fc.constantFrom('&', '&', '&&', ';'),
    fc.constantFrom('', '', '#', '#s=acl', '#%zz'),
  )
  .map(([start, pairs, sep, hash]) => `${start}${pairs.join(sep)}${hash}`);

/** A sensible link (every known key, a good value each), cut anywhere: mid-key, mid-escape… */
const truncated = fc
  .tuple(fc.tuple(...knownKeys.map((k) => fc.constantFrom(...good[k], '膝🦵', 'a b&c'))), fc.nat())
  .map(([values, cut]) => {
    const link = `?${knownKeys.map((k, i) => `${k}=${encodeURIComponent(values[i] ?? '')}`).join('&')}`;
    return link.slice(0, cut % (link.length + 1));
  });

/** Every known key, each with a bad value (some keys twice). */
const everyKeyBad = fc
  .tuple(fc.tuple(...knownKeys.map(() => fc.oneof(fc.constantFrom(...badValues), randomText))), fc.boolean())
  .map(([values, twice]) => {
    const pairs = knownKeys.map((k, i) => `${k}=${encodeURIComponent(values[i] ?? '')}`);
    return `?${(twice ? [...pairs, ...pairs.reverse()] : pairs).join('&')}`;
  });

/** Links repeating known keys with other values. */
const repeatedKeys = fc
  .array(
    fc.constantFrom(...knownKeys).chain((k) => value(k).map((v) => `${k}=${encodeURIComponent(v)}`)),
    { minLength: 2, maxLength: 16 },
  )
  .map((pairs) => `?${pairs.join('&')}${pairs.join('&')}`);

/** Unicode everywhere, raw or encoded. */
const unicode = fc
  .array(
    fc
      .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.string({ unit: 'grapheme' }))
      .chain(([k, v]) => fc.tuple(written(k), written(v)).map(([wk, wv]) => `${wk}=${wv}`)),
    { minLength: 1, maxLength: 6 },
  )
  .map((pairs) => `?s=${encodeURIComponent('膝')}&${pairs.join('&')}`);

export const hugeShapes = ['value', 'unknown-keys', 'repeated', 'unicode', 'percent', 'sessions'] as const;
export type HugeShape = (typeof hugeShapes)[number];

/** A link of at least `size` characters (100 KB by default) in one of several shapes. */
export const hugeLink = (shape: HugeShape, size = 100_000): string => {
  const fill = (unit: (i: number) => string, start: string): string => {
    const parts = [start];
    let length = start.length;
    for (let i = 0; length < size; i++) {
      const part = unit(i);
      parts.push(part);
      length += part.length;
    }
    return parts.join('');
  };
  const date = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  switch (shape) {
    case 'value':
      return `?s=${'a'.repeat(size)}`;
    case 'unknown-keys':
      return fill((i) => `&k${i}=${i}`, '?s=acl');
    case 'repeated':
      return fill(
        (i) => `&s=${structureIds[i % structureIds.length]}&level=x${i % 7}&day=${i % 400}`,
        '?s=pcl',
      );
    case 'unicode':
      return fill((i) => (i % 2 ? '膝🦵🏽' : encodeURIComponent('ひざ𝕜')), '?s=acl&note=');
    case 'percent':
      return fill((i) => (i % 3 ? '%E2%82' : '%zz%'), '?s=lcl&x=');
    case 'sessions':
      return fill((i) => `,${date(i)}${i % 50 === 0 ? ',2026-02-30' : ''}`, '?sessions=');
  }
};

const huge = fc
  .tuple(fc.constantFrom(...hugeShapes), fc.integer({ min: 100_000, max: 110_000 }))
  .map(([shape, size]) => hugeLink(shape, size));

/** The query-and-hash part of a generated link ("?…#…"), one of every kind above. */
export const fuzzedLink = fc.oneof(
  { weight: 10, arbitrary: randomQuery },
  { weight: 3, arbitrary: truncated },
  { weight: 3, arbitrary: everyKeyBad },
  { weight: 2, arbitrary: repeatedKeys },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: huge },
);

/** The state a link can set. */
export interface LinkState extends ViewLinkState {
  selected: AppState['selected'];
  readingLevel: ReadingLevel;
  mode: AppState['mode'];
  day: number;
  scheduleId: string;
  sessionDates: string[];
  speed: number;
  playing: boolean;
}

const linkState = (s: AppState): LinkState => ({
  ...viewLinkState(s),
  selected: s.selected,
  readingLevel: s.readingLevel,
  mode: s.mode,
  day: s.day,
  scheduleId: s.scheduleId,
  sessionDates: s.sessionDates,
  speed: s.speed,
  playing: s.playing,
});

/** A window with just what startUrlSync uses: the location and replaceState. */
export const fakeWindow = (href: string): Window => {
  let url = new URL(href);
  const location = {
    get search() {
      return url.search;
    },
    get pathname() {
      return url.pathname;
    },
    get hash() {
      return url.hash;
    },
  };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, next: string) => {
      url = new URL(next, url);
    },
  };
  return { location, history } as unknown as Window;
};

/** The search part ("?…") a browser makes of a link typed or followed as given. */
export const searchOf = (link: string): string => new URL(`http://knee.test/${link}`).search;

export interface StartResult {
  state: LinkState;
  notices: Omit<Notice, 'id'>[];
  /** The address bar's search after start-up (the app rewrites it from its state). */
  search: string;
}

/** Runs the app's start-up (startUrlSync) on a fresh store for a link, in Node. */
export const startFrom = (link: string): StartResult => {
  resetStore();
  const win = fakeWindow(`http://knee.test/${link}`);
  const stop = startUrlSync(win);
  stop();
  const s = useStore.getState();
  return {
    state: linkState(s),
    notices: s.notices.map(({ key, values }) => ({ key, values })),
    search: win.location.search,
  };
};

/** A notice as the user reads it. */
export const noticeText = (n: Omit<Notice, 'id'>): string => i18n.t(`notices.${n.key}`, n.values);

/** Every ignored setting, each as text that its notice must contain. */
export const ignoredTexts = (search: string): string[] => readLink(search).ignored.map(noticeText);

/**
 * The test's own account of what a link asks for and the app did not do, judged from the state the
 * app ended in (not from its parser): each entry is text the notice for it must contain.
 */
export const expectedIgnored = (search: string, s: LinkState): string[] => {
  const params = new URLSearchParams(search);
  const expected: string[] = [];
  const unknown = new Set<string>();
  for (const [k, v] of params) {
    if ((knownKeys as readonly string[]).includes(k) || unknown.has(k) || (k === '' && v.trim() === ''))
      continue;
    unknown.add(k);
    expected.push(k === '' ? `=${v}` : k);
  }
  for (const k of knownKeys) {
    const [first, ...rest] = params.getAll(k).map((v) => v.trim());
    if (first === undefined) continue;
    for (const v of new Set(rest)) if (v !== '' && v !== first) expected.push(`${k}=${v}`);
    if (first === '') continue;
    const n = Number(first);
    if (isViewKey(k)) {
      if (!viewApplied(k, first, s)) expected.push(first);
      if (k === 'hide') expected.push(...hiddenIgnored(first, s));
      continue;
    }
    const applied: Record<OldKey, () => boolean> = {
      s: () => s.selected === first,
      level: () => s.readingLevel === first,
      mode: () => s.mode === first,
      day: () => Number.isFinite(n) && n >= 0 && n <= 364 && Math.abs(s.day - n) <= 0.05,
      schedule: () => s.scheduleId === first,
      sessions: () => true, // judged date by date below
      play: () => (first === '1' && s.playing) || (first === '0' && !s.playing),
      speed: () => s.speed === n,
    };
    if (!applied[k]()) expected.push(first);
    if (k === 'sessions') {
      const dates = new Set(first.split(',').map((d) => d.trim()));
      for (const d of dates) if (d !== '' && !s.sessionDates.includes(d)) expected.push(d);
    }
  }
  return expected;
};
