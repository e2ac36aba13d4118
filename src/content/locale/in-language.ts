import { contentBundle, type RecordKind, recordPrefix } from './active';
import { type Localized, localize } from './localize';

/** A record in the language on screen (as it is, in English), and how much of it is left in English. */
export const inLanguage = <T extends object>(kind: RecordKind, id: string, record: T): Localized<T> => {
  const bundle = contentBundle();
  return bundle ? localize(record, recordPrefix(kind, id), bundle.overlay) : { value: record, missing: 0 };
};
