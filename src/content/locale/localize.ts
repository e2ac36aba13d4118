import { textHash } from './hash';
import type { Overlay } from './overlay';
import { mapTexts } from './paths';

/** A record in another language, and how many of its strings had no (current) translation. */
export interface Localized<T> {
  value: T;
  /** Strings shown in English because they are untranslated, or translated from older English. */
  missing: number;
}

/** Cited statements that were left in English inside a translated record (they get `lang="en"`). */
const leftInEnglish = new WeakSet<object>();

/** Was this statement left in English by `localize` (untranslated or stale)? */
export const isLeftInEnglish = (statement: object): boolean => leftInEnglish.has(statement);

/**
 * The translation at `path`, only if it was made from this English text: a stale translation (the
 * English changed since) is not shown, because the change may correct a figure or a hedge.
 */
export const currentTranslation = (overlay: Overlay, path: string, english: string): string | undefined => {
  const t = overlay[path];
  return t && t.from === textHash(english) ? t.text : undefined;
};

const cache = new WeakMap<object, { prefix: string; overlay: Overlay; result: Localized<unknown> }>();

/**
 * `value` with every translatable string swapped for its translation; sources, ids and numbers are
 * untouched. Untranslated strings stay in English (counted in `missing`). Memoised per record.
 */
export const localize = <T extends object>(value: T, prefix: string, overlay: Overlay): Localized<T> => {
  const hit = cache.get(value);
  if (hit && hit.prefix === prefix && hit.overlay === overlay) return hit.result as Localized<T>;
  let missing = 0;
  const translated = mapTexts(value, prefix, (path, text, statement) => {
    const t = currentTranslation(overlay, path, text);
    if (t === undefined) {
      missing += 1;
      if (statement) leftInEnglish.add(statement);
    }
    return t;
  });
  const result = { value: translated, missing };
  cache.set(value, { prefix, overlay, result });
  return result;
};
