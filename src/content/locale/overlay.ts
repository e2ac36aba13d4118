import type { StructureNames } from '../schema';
import type { StructureId } from '../structure-ids';

/** One translated string, and the fingerprint (`textHash`) of the English text it translates. */
export interface Translation {
  readonly text: string;
  readonly from: string;
}

/**
 * A language's translations of the content, keyed by the stable path of each English string
 * (`condition.knee-osteoarthritis.evidence.summary.patient`; see paths.ts). Only text is swapped:
 * sources, ids and numbers stay those of the English record.
 */
export type Overlay = Readonly<Record<string, Translation>>;

/** What a language adds to the content: its overlay and the words its readers type into search. */
export interface ContentBundle {
  readonly overlay: Overlay;
  /** Per structure, the words people search with in this language (their own, not translations). */
  readonly synonyms: Readonly<Partial<Record<StructureId, readonly string[]>>>;
  /** Every structure's names in this language, worked out once from the two above (bundle.ts). */
  readonly names: Readonly<Record<StructureId, StructureNames>>;
}

/**
 * How translation files are written, one line per string: `'<path>#<textHash of the English>': 'text'`.
 * The hash sits beside the translation it vouches for, and a long text still takes only two lines.
 */
export type TranslationTable = Readonly<Record<string, string>>;

/** The overlay that translation tables describe; a key without `#<hash>` is refused. */
export const overlayFrom = (...tables: TranslationTable[]): Overlay => {
  const overlay: Record<string, Translation> = {};
  for (const table of tables) {
    for (const [key, text] of Object.entries(table)) {
      const at = key.lastIndexOf('#');
      if (at < 1) throw new Error(`Translation key without the English hash: ${key}`);
      overlay[key.slice(0, at)] = { text, from: key.slice(at + 1) };
    }
  }
  return overlay;
};
