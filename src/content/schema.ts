import { z } from 'zod';
import { type StructureId, structureIds } from './structure-ids';

/** Tissue categories: each has its own material and its own layer toggle. */
export const categories = ['bone', 'cartilage', 'meniscus', 'ligament', 'tendon', 'capsule'] as const;
export const CategorySchema = z.enum(categories);
export type Category = z.infer<typeof CategorySchema>;

export type { StructureId };

/** One of the ids in structure-ids.ts: parsing checks membership, and the type is `StructureId`. */
export const StructureIdSchema = z.enum(structureIds);

export const StructureSchema = z.object({
  id: StructureIdSchema,
  category: CategorySchema,
});
export type Structure = z.infer<typeof StructureSchema>;

/**
 * What a structure is called: `name` is the display name (list, card title, announcements); `lay`,
 * `clinical`, `latin` and `abbreviation` are shown on the card; `synonyms` are the words people type
 * into the search box (the lay name is always among them).
 */
export const StructureNamesSchema = z.strictObject({
  name: z.string().min(3),
  lay: z.string().min(2),
  clinical: z.string().min(2),
  latin: z.string().min(2).optional(),
  abbreviation: z.string().min(2).optional(),
  synonyms: z.array(z.string().min(2)).min(1),
});
export type StructureNames = z.infer<typeof StructureNamesSchema>;
export type StructureNamesInput = z.input<typeof StructureNamesSchema>;
