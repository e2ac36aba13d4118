import { structureName, structureSynonyms } from '../content/structure-names';
import { structures } from '../content/structures';
import type { SearchEntry } from '../lib/search';

/** What the search box matches against, in the current language. */
export const searchEntries = (): SearchEntry[] =>
  structures.map((s) => ({ id: s.id, name: structureName(s.id), synonyms: structureSynonyms(s.id) }));
