/**
 * The translatable strings of a content record, each with a stable path. A cited statement
 * (`{text, sources}`) is one string at the path of the statement; other strings are translatable
 * only under the keys below (ids, source keys, enums and Latin names are not). Array items are named
 * by their `id` when they have one, else by position.
 */
const textKeys = new Set([
  'name',
  'lay',
  'clinical',
  'abbreviation',
  'label',
  'title',
  'summary',
  'issuer',
  'scope',
  'solution',
  'concentration',
  'volume',
  'needle',
  'schedule',
  'notReported',
  'size',
  'followUp',
  'prompt',
  'notes',
  'text',
]);

/** Never walked: citations, the generator's anchor wording, and a tour step's timeline (ids only). */
const skipKeys = new Set(['sources', 'anchor', 'timeline', 'synonyms', 'latin']);

export interface TextEntry {
  path: string;
  text: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A cited statement: the one shape whose `text` is always translatable. */
export const isCitedShape = (value: unknown): value is { text: string; sources: readonly string[] } =>
  isRecord(value) && typeof value.text === 'string' && Array.isArray(value.sources);

export const segment = (item: unknown, index: number): string =>
  isRecord(item) && typeof item.id === 'string' ? item.id : String(index);

/**
 * Called for each translatable string: `statement` is the cited statement it is the text of (null
 * for a plain string). Return a replacement, or undefined to keep it.
 */
export type TextVisitor = (path: string, text: string, statement: object | null) => string | undefined;

/** A copy of `value` with each translatable string passed through `visit` (the one walk of the content). */
export const mapTexts = <T>(value: T, prefix: string, visit: TextVisitor): T => {
  const walk = (v: unknown, path: string, key: string): unknown => {
    if (isCitedShape(v)) {
      const text = visit(path, v.text, v);
      return text === undefined ? v : { ...v, text };
    }
    if (typeof v === 'string') return textKeys.has(key) ? (visit(path, v, null) ?? v) : v;
    if (Array.isArray(v)) return v.map((item, i) => walk(item, `${path}.${segment(item, i)}`, key));
    if (!isRecord(v)) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, child]) => [k, skipKeys.has(k) ? child : walk(child, `${path}.${k}`, k)]),
    );
  };
  return walk(value, prefix, '') as T;
};

/** Every translatable string inside `value`, paths starting with `prefix`, in reading order. */
export const textEntries = (value: unknown, prefix: string): TextEntry[] => {
  const found: TextEntry[] = [];
  mapTexts(value, prefix, (path, text) => {
    found.push({ path, text });
    return undefined;
  });
  return found;
};
