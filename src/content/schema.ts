import { z } from 'zod';

/** Tissue categories: each has its own material and its own layer toggle. */
export const categories = ['bone', 'cartilage', 'meniscus', 'ligament', 'tendon', 'capsule'] as const;
export const CategorySchema = z.enum(categories);
export type Category = z.infer<typeof CategorySchema>;

/** Stable kebab-case ids: they appear in URLs, tests and as node names in models/knee.glb. */
export const StructureIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/);

export const StructureSchema = z.object({
  id: StructureIdSchema,
  category: CategorySchema,
});
export type Structure = z.infer<typeof StructureSchema>;
