/** What the search box matches against for one structure: id, display name and lay synonyms. */
export interface SearchEntry<Id extends string = string> {
  id: Id;
  name: string;
  synonyms: readonly string[];
}

/** Lower-case, strip diacritics, treat hyphens and punctuation as spaces, collapse whitespace. */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const fieldsOf = (entry: SearchEntry): string[] =>
  [entry.id, entry.name, ...entry.synonyms].map(normalise).filter(Boolean);

/**
 * Lower is better: 0 a field equals the query, 1 a field starts with it, 2 a field contains it,
 * 3 every query word appears somewhere; null when it does not match at all.
 */
export const matchScore = (query: string, entry: SearchEntry): number | null => {
  const q = normalise(query);
  if (!q) return 3;
  const fields = fieldsOf(entry);
  if (fields.some((f) => f === q)) return 0;
  if (fields.some((f) => f.startsWith(q))) return 1;
  if (fields.some((f) => f.includes(q))) return 2;
  const all = fields.join(' ');
  return q.split(' ').every((word) => all.includes(word)) ? 3 : null;
};

/**
 * Ids of the entries that match, best match first, list order among equals. Empty query → all.
 * When some entry is called exactly what was typed ("kneecap"), entries that merely mention the
 * word somewhere ("cartilage behind the kneecap") are left out, so the answer is not buried.
 */
export const searchStructures = <Id extends string>(
  query: string,
  entries: readonly SearchEntry<Id>[],
): Id[] => {
  const scored = entries
    .map((entry, index) => ({ id: entry.id, index, score: matchScore(query, entry) }))
    .filter((r): r is { id: Id; index: number; score: number } => r.score !== null);
  const exact = scored.some((r) => r.score === 0);
  return scored
    .filter((r) => !exact || r.score <= 1)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((r) => r.id);
};
