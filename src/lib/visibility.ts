import type { Category } from '../content/schema';
import { getStructure } from '../content/structures';
import { type CautionTable, openSiteCautions } from './cautions';

/** What decides whether a structure is drawn: the layers, isolate, the selection and an open site. */
export interface DrawQuery {
  layers: Readonly<Record<Category, boolean>>;
  isolate: boolean;
  selected: string | null;
  /** The open injection site: the nerves and vessels near its needle path are drawn (issue #13). */
  site?: string | null;
  cautions?: CautionTable;
}

/**
 * Is this structure drawn (and so pickable, and so worth a marker)? Isolate shows the selection
 * alone. Otherwise its layer must be on, with two exceptions that show what the user asked to see:
 * the selection itself (picked from the list in a hidden layer), and the nerves and vessels near an
 * open site's needle path. The scene, the labels and the site markers share this rule.
 */
export const isDrawn = (q: DrawQuery, id: string): boolean => {
  const structure = getStructure(id);
  if (!structure) return false;
  if (q.isolate && q.selected !== null) return q.selected === id;
  if (q.layers[structure.category] || q.selected === id) return true;
  return openSiteCautions({ site: q.site ?? null, cautions: q.cautions }).some((c) => c.id === id);
};
