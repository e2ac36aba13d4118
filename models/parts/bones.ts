/** Bone registry: per-bone SDFs and meshing bounds, plus their union (used to wrap bands). */
import type { StructureId } from '../../src/content/structure-ids';
import type { Bounds } from '../geometry/levelset';
import { type Sdf, smin } from '../geometry/sdf';
import { femurBounds, femurSdf } from './femur';
import { patellaBounds, patellaSdf } from './patella';
import { fibulaBounds, fibulaSdf, tibiaBounds, tibiaSdf } from './tibia';

export interface SdfPart {
  readonly id: StructureId;
  readonly sdf: Sdf;
  readonly bounds: Bounds;
  /** share of the triangle budget, relative units */
  readonly weight: number;
}

export const bones: readonly SdfPart[] = [
  { id: 'femur', sdf: femurSdf, bounds: femurBounds, weight: 1 },
  { id: 'tibia', sdf: tibiaSdf, bounds: tibiaBounds, weight: 0.9 },
  { id: 'fibula', sdf: fibulaSdf, bounds: fibulaBounds, weight: 0.3 },
  { id: 'patella', sdf: patellaSdf, bounds: patellaBounds, weight: 0.25 },
];

/**
 * What bands wrap around: the bones, with the joint-line gap and other concavities bridged by a
 * wide smooth union so bands run smoothly across them instead of dipping in.
 */
export const boneSdf: Sdf = (p) =>
  smin(smin(smin(femurSdf(p), tibiaSdf(p), 12), fibulaSdf(p), 6), patellaSdf(p), 4);
