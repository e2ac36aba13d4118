import type { ContentBundle } from './overlay';

/**
 * The content bundle of the language on screen (null: English, the source). Set only by
 * state/language.ts, before it switches the interface, so what renders next reads the new language.
 * A cache of loaded data, like i18next's resources: the language itself lives in the store. Tiny on
 * purpose: the first view imports it (structure names), the translating code comes with the bundle.
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
