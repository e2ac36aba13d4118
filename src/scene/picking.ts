import type { Intersection, Object3D } from 'three';
import { isStructureId, type StructureId } from '../content/structure-ids';

/** Data each structure mesh carries for picking (set as userData by StructureMesh). */
export interface PickData {
  structureId: StructureId;
  seeThrough: boolean;
}

export const pickData = (object: Object3D): PickData | null => {
  const data = object.userData as Partial<PickData>;
  return typeof data.structureId === 'string' && isStructureId(data.structureId)
    ? { structureId: data.structureId, seeThrough: data.seeThrough === true }
    : null;
};

/**
 * Which structure a pointer at this pixel means. Hits are sorted nearest first; translucent
 * surfaces (the capsule, x-rayed structures) are see-through, so the first solid hit wins, and a
 * translucent one only when nothing solid lies behind it. The click handler and project() share
 * this rule, so a point project() returns is a point a click selects.
 */
export const pickStructure = (hits: readonly Intersection[]): StructureId | null => {
  let firstSeeThrough: StructureId | null = null;
  for (const hit of hits) {
    const data = pickData(hit.object);
    if (!data) continue;
    if (!data.seeThrough) return data.structureId;
    firstSeeThrough ??= data.structureId;
  }
  return firstSeeThrough;
};
