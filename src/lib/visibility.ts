import type { Category } from '../content/schema';
import { getStructure } from '../content/structures';

/** What decides whether a structure is drawn: the layers, and isolate with its selection. */
export interface DrawQuery {
  layers: Readonly<Record<Category, boolean>>;
  isolate: boolean;
  selected: string | null;
}

/**
 * Is this structure drawn (and so pickable, and so worth a marker)? Its layer must be on, and
 * isolate hides everything but the selection. The scene and the site markers share this rule.
 */
export const isDrawn = (q: DrawQuery, id: string): boolean => {
  const structure = getStructure(id);
  if (!structure || !q.layers[structure.category]) return false;
  return !(q.isolate && q.selected !== null && q.selected !== id);
};
