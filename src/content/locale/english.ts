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

/**
 * Every translatable English string of the content, with its path: what a translation overlay is
 * checked against (tests) and what the translators' list is made from (todo.ts). It imports all the
 * content, so the app never imports it; the app localizes one record at a time (active.ts).
 */
const of = <T extends { id: string }>(kind: RecordKind, records: readonly T[]): TextEntry[] =>
  records.flatMap((r) => textEntries(r, recordPrefix(kind, r.id)));

/** The tiers: names and titles must always be translated; longer texts may wait (shown in English). */
export const englishNameEntries = (): TextEntry[] => [
  ...structureIds.flatMap((id) => textEntries(englishNames(id), recordPrefix('names', id))),
  ...conditions.flatMap((c) => textEntries(c.name, `${recordPrefix('condition', c.id)}.name`)),
  ...sites.map((s) => ({ path: `${recordPrefix('site', s.id)}.name`, text: s.name })),
  ...[...tours, ...quizzes].flatMap((r) => {
    const kind: RecordKind = tours.some((t) => t.id === r.id) ? 'tour' : 'quiz';
    return ['title', 'summary'].map((k) => ({
      path: `${recordPrefix(kind, r.id)}.${k}`,
      text: k === 'title' ? r.title : r.summary,
    }));
  }),
];

export const englishEntries = (): TextEntry[] => [
  ...structureIds.flatMap((id) => textEntries(englishNames(id), recordPrefix('names', id))),
  ...of('structure', structureInfo),
  ...of('condition', conditions),
  ...of('site', sites),
  ...of('procedure', [...procedureFacts, redFlags]),
  ...of('study', studies),
  ...textEntries(evidenceOverview, recordPrefix('evidence', 'overview')),
  ...of('guideline', guidelines),
  ...of('tour', tours),
  ...of('quiz', quizzes),
];
