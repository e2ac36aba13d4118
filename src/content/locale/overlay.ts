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
}
