import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

/** Every leaf string with its dotted key. */
const leaves = (value: unknown, path = ''): Map<string, string> => {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
};

const variables = (s: string): string[] =>
  [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/**
 * The only keys whose Spanish may read exactly like the English: the app's name, trials named by
 * author and year, and a line that is nothing but variables and punctuation.
 */
const sameInBoth = new Set([
  'app.title',
  'embed.openShort',
  'share.shareTitle',
  'timeline.schedules.rabago-2013',
  'timeline.schedules.dumais-2012',
  'timeline.schedules.sit-2020',
  'timeline.readoutBaseline',
  'content.cards.cautionDistance',
]);

const english = leaves(en);
const spanish = leaves(es);

describe('the Spanish interface strings', () => {
  it('have a value for every English key, and no key English lacks', () => {
    expect([...english.keys()].filter((k) => !spanish.has(k))).toEqual([]);
    expect([...spanish.keys()].filter((k) => !english.has(k))).toEqual([]);
    for (const [k, v] of spanish) expect(v.trim(), k).not.toBe('');
  });

  it('use the same interpolation variables as the English', () => {
    for (const [k, v] of english) expect(variables(spanish.get(k) ?? ''), k).toEqual(variables(v));
  });

  it('keep the plural forms (the same _zero/_one/_other keys beside each other)', () => {
    const plurals = [...english.keys()].filter((k) => /_(zero|one|other)$/.test(k));
    expect(plurals.length).toBeGreaterThan(10);
    for (const k of plurals) expect(spanish.has(k), k).toBe(true);
  });

  it('are translated: none reads exactly like its English except a short allow-list', () => {
    const same = [...english].filter(([k, v]) => spanish.get(k) === v).map(([k]) => k);
    expect(same.filter((k) => !sameInBoth.has(k))).toEqual([]);
    // The allow-list stays honest: every entry on it really is identical.
    for (const k of sameInBoth) expect(spanish.get(k), k).toBe(english.get(k));
  });

  it('keep the clinical hedges of the timeline (conditional, "not known", animal data)', () => {
    expect(es.timeline.caveat.patient).toMatch(/Nadie sabe/);
    expect(es.timeline.caveat.clinician).toMatch(/No se sabe/);
    expect(es.timeline.what.patient.proliferation).toMatch(/depositarían/);
    expect(es.timeline.thickening.patient).toMatch(/no se ha demostrado en personas/);
    expect(es.timeline.facts['goat-twelve-weeks']).toMatch(/sin inyecciones/);
  });
});
