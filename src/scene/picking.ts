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

/** Thin structures are easy to hit: a miss looks this far (CSS px) around the pointer. */
export const NEAR_PX = 24;
const RINGS = [8, 16, NEAR_PX];
const DIRECTIONS = 12;

/**
 * The structure a tap at (x, y) means when it hit nothing: the first one found by probes on rings
 * of 8, 16 and 24 px around it, nearest ring first; null when there is none.
 */
export const pickNear = (
  probe: (x: number, y: number) => StructureId | null,
  x: number,
  y: number,
): StructureId | null => {
  for (const r of RINGS) {
    for (let k = 0; k < DIRECTIONS; k++) {
      const a = (k / DIRECTIONS) * Math.PI * 2;
      const id = probe(x + r * Math.cos(a), y + r * Math.sin(a));
      if (id) return id;
    }
  }
  return null;
};
