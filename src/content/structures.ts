import type { Category, Structure } from './schema';
import { isStructureId, type StructureId, structureIds, structureIdsByCategory } from './structure-ids';

export { isStructureId, type StructureId, structureIds };

// Every category has its ids (a missing or unknown category fails tsc; the tests parse each one).
const byCategory: Readonly<Record<Category, readonly StructureId[]>> = structureIdsByCategory;

/**
 * Every selectable structure of the knee, in list order. What each is called lives in
 * structure-names.ts, keyed by id.
 */
export const structures: readonly Structure[] = Object.entries(byCategory).flatMap(([category, ids]) =>
  ids.map((id) => ({ id, category: category as Category })),
);

const byId: ReadonlyMap<string, Structure> = new Map(structures.map((s) => [s.id, s]));

/** The structure with this id; undefined for an unknown id (a URL or API caller may send anything). */
export const getStructure = (id: string): Structure | undefined => byId.get(id);
