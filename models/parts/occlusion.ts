/**
 * Bakes each structure's ambient occlusion against the knee's hard, deep shapes: bones, cartilage
 * and menisci, which make its hollows (the notch, the fossae, the joint line). Bands and the capsule
 * do not occlude: bands lie on what they would darken (so it is hidden anyway), the capsule is
 * see-through, and a layer the viewer hides must not leave its shadow behind on the bone.
 */
import { type Category, categories, defaultLayers } from '../../src/content/schema';
import type { StructureId } from '../../src/content/structure-ids';
import { structures } from '../../src/content/structures';
import { buildBvh } from '../geometry/bvh';
import type { Mesh } from '../geometry/mesh';
import { type OcclusionOptions, vertexOcclusion } from '../geometry/occlusion';

export const OCCLUDING_CATEGORIES: readonly Category[] = ['bone', 'cartilage', 'meniscus'];
/**
 * Only the joint's own tissues carry `_AO`; the neighbours (muscle … skin) are context layers with
 * no baked shading (the app reads a missing `_ao` as 1, open), which keeps them cheap in the file.
 */
export const BAKED_CATEGORIES: readonly Category[] = categories.filter((c) => defaultLayers[c]);

/** Ambient access per vertex in whole steps, 0 (enclosed) … `levels` (open), keyed by structure id. */
export const bakeOcclusion = (
  meshes: ReadonlyMap<StructureId, Mesh>,
  options: OcclusionOptions,
  levels = 255,
): Map<StructureId, Uint8Array> => {
  const occluders = structures
    .filter((s) => OCCLUDING_CATEGORIES.includes(s.category))
    .flatMap((s) => meshes.get(s.id) ?? []);
  const bvh = buildBvh(occluders);
  const out = new Map<StructureId, Uint8Array>();
  const baked = new Set(structures.filter((s) => BAKED_CATEGORIES.includes(s.category)).map((s) => s.id));
  for (const [id, mesh] of meshes) {
    if (!baked.has(id)) continue;
    const ao = vertexOcclusion(mesh, bvh, options);
    out.set(
      id,
      Uint8Array.from(ao, (a) => Math.round(Math.min(1, Math.max(0, a)) * levels)),
    );
  }
  return out;
};
