import { type Localized, localize } from './localize';
import type { ContentBundle } from './overlay';

/**
 * The content bundle of the language on screen (null: English, the source). Set only by
 * state/language.ts, before it switches the interface, so what renders next reads the new language.
 * A cache of loaded data, like i18next's resources: the language itself lives in the store.
 */
let active: ContentBundle | null = null;

export const setContentBundle = (bundle: ContentBundle | null): void => {
  active = bundle;
};

export const contentBundle = (): ContentBundle | null => active;

/** Kinds of content record; a record's strings have paths `<kind>.<id>.…` (see paths.ts). */
export type RecordKind =
  | 'names'
  | 'structure'
  | 'condition'
  | 'site'
  | 'procedure'
  | 'study'
  | 'evidence'
  | 'guideline'
  | 'tour'
  | 'quiz';

export const recordPrefix = (kind: RecordKind, id: string): string => `${kind}.${id}`;

/** A record in the language on screen (as it is, in English), and how much of it is left in English. */
export const inLanguage = <T extends object>(kind: RecordKind, id: string, record: T): Localized<T> =>
  active ? localize(record, recordPrefix(kind, id), active.overlay) : { value: record, missing: 0 };
