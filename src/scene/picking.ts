import type { Intersection, Object3D } from 'three';

/** Data each structure mesh carries for picking (set as userData by StructureMesh). */
export interface PickData {
  structureId: string;
  seeThrough: boolean;
}

export const pickData = (object: Object3D): PickData | null => {
  const data = object.userData as Partial<PickData>;
  return typeof data.structureId === 'string'
    ? { structureId: data.structureId, seeThrough: data.seeThrough === true }
    : null;
};

/**
 * Which structure a pointer at this pixel means. Hits are sorted nearest first; translucent
 * surfaces (the capsule, x-rayed structures) are see-through, so the first solid hit wins, and a
 * translucent one only when nothing solid lies behind it. The click handler and project() share
 * this rule, so a point project() returns is a point a click selects.
 */
export const pickStructure = (hits: readonly Intersection[]): string | null => {
  let firstSeeThrough: string | null = null;
  for (const hit of hits) {
    const data = pickData(hit.object);
    if (!data) continue;
    if (!data.seeThrough) return data.structureId;
    firstSeeThrough ??= data.structureId;
  }
  return firstSeeThrough;
};
