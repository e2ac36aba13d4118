import type { StructureId } from './structure-ids';

/**
 * The structure types the first view needs, as plain TypeScript: no zod here, so the entry chunk
 * stays light (issue #10). Their zod schemas, which the lazy content and the tests use to validate,
 * are in structure-schema.ts and are checked against these types there.
 */

/**
 * Tissue categories: each has its own material and its own layer toggle. The last five are the
 * joint's neighbours (issue #13): what a needle steers round and where the knee lies in the leg.
 */
export const categories = [
  'bone',
  'cartilage',
  'meniscus',
  'ligament',
  'tendon',
  'capsule',
  'muscle',
  'bursa',
  'nerve',
  'vessel',
  'skin',
] as const;
export type Category = (typeof categories)[number];

/**
 * Which layers are drawn when the app opens. The neighbours start hidden so that they never bury
 * the joint's own structures; a link (`show=`), a tour step or the layer toggles turn them on, and an
 * open injection site shows the nerves and vessels near it whatever the layers say.
 */
export const defaultLayers: Readonly<Record<Category, boolean>> = {
  bone: true,
  cartilage: true,
  meniscus: true,
  ligament: true,
  tendon: true,
  capsule: true,
  muscle: false,
  bursa: false,
  nerve: false,
  vessel: false,
  skin: false,
};

export const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (categories as readonly string[]).includes(value);

export type { StructureId };

export interface Structure {
  id: StructureId;
  category: Category;
}

/**
 * What a structure is called: `name` is the display name (list, card title, announcements); `lay`,
 * `clinical`, `latin` and `abbreviation` are shown on the card; `synonyms` are the words people type
 * into the search box (the lay name is always among them).
 */
export interface StructureNames {
  name: string;
  lay: string;
  clinical: string;
  latin?: string | undefined;
  abbreviation?: string | undefined;
  synonyms: string[];
}
export type StructureNamesInput = StructureNames;
