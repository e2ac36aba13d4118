import { textHash } from './hash';
import type { Overlay } from './overlay';
import type { TextEntry } from './paths';

/** Where a translation stands against the English content (pure: todo.ts and the tests use it). */
export interface OverlayStatus {
  /** Translated from the English as it is now. */
  current: string[];
  /** Translated from older English: shown in English until a translator updates it. */
  stale: TextEntry[];
  /** No translation yet. */
  missing: TextEntry[];
  /** Paths the English content no longer has. */
  orphans: string[];
}

export const overlayStatus = (english: readonly TextEntry[], overlay: Overlay): OverlayStatus => {
  const paths = new Set(english.map((e) => e.path));
  const status: OverlayStatus = { current: [], stale: [], missing: [], orphans: [] };
  for (const e of english) {
    const t = overlay[e.path];
    if (!t) status.missing.push(e);
    else if (t.from !== textHash(e.text)) status.stale.push(e);
    else status.current.push(e.path);
  }
  status.orphans = Object.keys(overlay).filter((p) => !paths.has(p));
  return status;
};

/** The first part of a path: names, structure, condition, site, procedure, study, evidence, guideline, tour, quiz. */
export const kindOf = (path: string): string => path.slice(0, path.indexOf('.'));

/** Counts per kind of record, in first-seen order. */
export const countByKind = (
  entries: readonly { path: string }[] | readonly string[],
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const k = kindOf(typeof e === 'string' ? e : e.path);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};
