import { z } from 'zod';
import type { Category } from './schema';
import { CategorySchema } from './structure-schema';

/**
 * How each tissue looks: the one palette. The app draws with it (src/scene/materials.ts) and the
 * generator writes it into knee.glb's materials (models/knee.ts), so a glTF viewer shows the same
 * calm, anatomy-atlas colours. Colours are sRGB hex, as a designer picks them.
 */
export const TissueLookSchema = z.strictObject({
  color: z.string().regex(/^#[0-9a-f]{6}$/),
  /** 0 = mirror, 1 = matte; gloss comes from low roughness (no clearcoat or sheen: see materials.ts). */
  roughness: z.number().min(0).max(1),
  /** Below 1 the tissue is see-through (drawn blended, double-sided). */
  opacity: z.number().gt(0).max(1),
});
export type TissueLook = z.infer<typeof TissueLookSchema>;

export const palette: Readonly<Record<Category, TissueLook>> = z
  .record(CategorySchema, TissueLookSchema)
  .parse({
    bone: { color: '#e6dcc3', roughness: 0.82, opacity: 1 },
    cartilage: { color: '#c9def2', roughness: 0.26, opacity: 1 },
    meniscus: { color: '#9db4cf', roughness: 0.36, opacity: 1 },
    ligament: { color: '#f3f5f7', roughness: 0.35, opacity: 1 },
    tendon: { color: '#d6ae78', roughness: 0.5, opacity: 1 },
    capsule: { color: '#a9d0ef', roughness: 0.35, opacity: 0.28 },
  } satisfies Record<Category, TissueLook>);
