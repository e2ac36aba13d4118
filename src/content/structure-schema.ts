import { z } from 'zod';
import { type Category, categories, type Structure, type StructureNames } from './schema';
import { structureIds } from './structure-ids';

/** zod schemas for the structure types in schema.ts (used by the lazy content and the tests). */
export const CategorySchema = z.enum(categories);

/** One of the ids in structure-ids.ts: parsing checks membership, and the type is `StructureId`. */
export const StructureIdSchema = z.enum(structureIds);

export const StructureSchema = z.object({
  id: StructureIdSchema,
  category: CategorySchema,
});

export const StructureNamesSchema = z.strictObject({
  name: z.string().min(3),
  lay: z.string().min(2),
  clinical: z.string().min(2),
  latin: z.string().min(2).optional(),
  abbreviation: z.string().min(2).optional(),
  synonyms: z.array(z.string().min(2)).min(1),
});

// The plain types in schema.ts and these schemas describe the same shapes (checked by tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemasMatchTypes: [
  Same<z.infer<typeof CategorySchema>, Category>,
  Same<z.infer<typeof StructureSchema>, Structure>,
  Same<z.infer<typeof StructureNamesSchema>, StructureNames>,
] = [true, true, true];
