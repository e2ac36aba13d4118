import { conditions } from '../conditions';
import { evidenceOverview, studies } from '../evidence';
import { guidelines } from '../guidelines';
import { procedureFacts } from '../procedure';
import { quizzes } from '../quizzes';
import { redFlags } from '../red-flags';
import { sites } from '../sites';
import { structureIds } from '../structure-ids';
import { structureInfo } from '../structure-info';
import { englishNames } from '../structure-names';
import { tours } from '../tours';
import { type RecordKind, recordPrefix } from './active';
import { type TextEntry, textEntries } from './paths';

/*
 * Every translatable English string of the content, with its path: what a translation overlay is
 * checked against (tests) and what the translators' list is made from (todo.ts). It imports all the
 * content, so the app never imports it; the app localizes one record at a time (active.ts).
 */

/** One content record and where its strings' paths start. */
export interface EnglishRecord {
  prefix: string;
  record: object;
}

const of = (kind: RecordKind, records: readonly { id: string }[]): EnglishRecord[] =>
  records.map((record) => ({ prefix: recordPrefix(kind, record.id), record }));

/** Every record of the content with its path prefix, in the order the app lists them. */
export const englishRecords = (): EnglishRecord[] => [
  ...structureIds.map((id) => ({ prefix: recordPrefix('names', id), record: englishNames(id) })),
  ...of('structure', structureInfo),
  ...of('condition', conditions),
  ...of('site', sites),
  ...of('procedure', [...procedureFacts, redFlags]),
  ...of('study', studies),
  { prefix: recordPrefix('evidence', 'overview'), record: evidenceOverview },
  ...of('guideline', guidelines),
  ...of('tour', tours),
  ...of('quiz', quizzes),
];

/** Every translatable string, in the same order. */
export const englishEntries = (): TextEntry[] =>
  englishRecords().flatMap(({ prefix, record }) => textEntries(record, prefix));

/** The tiers: names and titles must always be translated; longer texts may wait (shown in English). */
export const englishNameEntries = (): TextEntry[] => [
  ...structureIds.flatMap((id) => textEntries(englishNames(id), recordPrefix('names', id))),
  ...conditions.flatMap((c) => textEntries(c.name, `${recordPrefix('condition', c.id)}.name`)),
  ...sites.map((s) => ({ path: `${recordPrefix('site', s.id)}.name`, text: s.name })),
  ...tours.flatMap((t) => titled('tour', t)),
  ...quizzes.flatMap((q) => titled('quiz', q)),
];

const titled = (kind: RecordKind, r: { id: string; title: string; summary: string }): TextEntry[] => [
  { path: `${recordPrefix(kind, r.id)}.title`, text: r.title },
  { path: `${recordPrefix(kind, r.id)}.summary`, text: r.summary },
];
