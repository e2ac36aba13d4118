import { describe, expect, it } from 'vitest';
import { collectSources } from '../../src/content/clinical-schema';
import { englishEntries, englishNameEntries, englishRecords } from '../../src/content/locale/english';
import { spanishContent } from '../../src/content/locale/es';
import { textHash } from '../../src/content/locale/hash';
import { isLeftInEnglish, localize } from '../../src/content/locale/localize';
import { mapTexts } from '../../src/content/locale/paths';
import { overlayStatus } from '../../src/content/locale/status';
import { structureIds } from '../../src/content/structure-ids';

const overlay = spanishContent.overlay;
const english = englishEntries();
const englishText = new Map(english.map((e) => [e.path, e.text]));
const status = overlayStatus(english, overlay);
const translated = status.current.map((path) => ({
  path,
  en: englishText.get(path) ?? '',
  es: overlay[path]?.text ?? '',
}));

/**
 * Strings that may read the same in both languages: a study's label is its authors, year and journal
 * ("Rabago 2013 (Ann Fam Med)"); a bare intra-articular volume ("6 mL"). Anything else written alike
 * goes here, by path.
 */
const sameInBoth = [/^study\.[^.]+\.label$/, /^site\.ia-[12]\.protocols\.\d+\.volume$/];

describe('the Spanish content overlay', () => {
  it('translates only paths the English content has', () => {
    expect(status.orphans).toEqual([]);
  });

  it('has no stale translation: each was made from the English as it is now', () => {
    // A failure names the path; update its Spanish and the hash (todo.ts --stub prints the new one).
    expect(status.stale.map((e) => e.path)).toEqual([]);
  });

  it('swaps only text: sources, ids, numbers and structure of every record stay the English ones', () => {
    for (const { prefix, record } of englishRecords()) {
      const es = localize(record, prefix, overlay).value;
      expect(collectSources(es), prefix).toEqual(collectSources(record));
      const blank = (r: object) => mapTexts(r, prefix, () => '');
      expect(blank(es), prefix).toEqual(blank(record));
    }
  });

  it('never leaves a translated string reading exactly like its English', () => {
    const same = translated
      .filter((t) => t.es === t.en && !sameInBoth.some((p) => p.test(t.path)))
      .map((t) => t.path);
    expect(same).toEqual([]);
    for (const t of translated) expect(t.es.trim(), t.path).not.toBe('');
  });

  it('keeps every figure of the English (numbers are quoted as published)', () => {
    const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).sort();
    for (const t of translated) expect(numbers(t.es), t.path).toEqual(numbers(t.en));
  });

  it('keeps the hedges: an English "may", "not known" or "small" has its Spanish counterpart', () => {
    const hedges: [RegExp, RegExp][] = [
      [/\b(may|might|could)\b/i, /\b(puede|pueden|podría|podrían|quizá|posiblemente|es posible)/i],
      [/\b(not known|unknown|no one knows)\b/i, /(no se sabe|se desconoce|nadie sabe|no se conoce)/i],
      [/\bsmall\b/i, /(pequeñ|escas|poc[oa]s)/i],
      [/\bnot (been )?(shown|proven|established|confirmed)\b/i, /\bno\b/i],
    ];
    for (const t of translated)
      for (const [en, es] of hedges) if (en.test(t.en)) expect(t.es, `${t.path}: ${t.en}`).toMatch(es);
  });

  it('translates every name and title (only longer texts may wait, shown in English)', () => {
    const done = new Set(status.current);
    expect(
      englishNameEntries()
        .filter((e) => !done.has(e.path))
        .map((e) => e.path),
    ).toEqual([]);
  });

  it('gives every structure Spanish search words', () => {
    for (const id of structureIds) expect(spanishContent.synonyms[id]?.length ?? 0, id).toBeGreaterThan(0);
  });
});

describe('localize', () => {
  const record = {
    id: 'x',
    name: 'Kneecap',
    body: {
      patient: { text: 'It may help.', sources: ['a'] },
      clinician: { text: 'Changed.', sources: ['b'] },
    },
  };
  const fake = {
    'condition.x.name': { text: 'Rótula', from: textHash('Kneecap') },
    'condition.x.body.patient': { text: 'Puede ayudar.', from: textHash('It may help.') },
    // Made from older English: must not be shown.
    'condition.x.body.clinician': { text: 'Antiguo.', from: textHash('Before the change.') },
  };

  it('swaps current translations, keeps stale and missing ones in English and marks them', () => {
    const { value, missing } = localize(record, 'condition.x', fake);
    expect(value.name).toBe('Rótula');
    expect(value.body.patient).toEqual({ text: 'Puede ayudar.', sources: ['a'] });
    expect(value.body.clinician.text).toBe('Changed.');
    expect(missing).toBe(1);
    expect(isLeftInEnglish(value.body.clinician)).toBe(true);
    expect(isLeftInEnglish(value.body.patient)).toBe(false);
  });

  it('reports stale, missing and orphaned translations for the translators', () => {
    const s = overlayStatus(
      [
        { path: 'condition.x.body.clinician', text: 'Changed.' },
        { path: 'condition.x.extra', text: 'New.' },
      ],
      fake,
    );
    expect(s.stale.map((e) => e.path)).toEqual(['condition.x.body.clinician']);
    expect(s.missing.map((e) => e.path)).toEqual(['condition.x.extra']);
    expect(s.orphans.sort()).toEqual(['condition.x.body.patient', 'condition.x.name']);
  });
});
