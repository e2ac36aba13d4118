/**
 * Bursae and Hoffa's fat pad: thin sacs as shells of a bone offset inside a rounded mask, and the
 * fat pad as the space behind the patellar tendon and in front of the joint, meshed with the level
 * set. Each keeps clear of bone (and the cartilage on it) by construction.
 */
import type { StructureId } from '../../src/content/structure-ids';
import { patellarTendonLine as PT, suprapatellarPouch as SP } from '../anatomy-neighbours';
import type { Bounds } from '../geometry/levelset';
import { ellipsoid, roundCone, type Sdf, smax, smin } from '../geometry/sdf';
import { femurSdf } from './femur';
import { patellaSdf } from './patella';
import { tibiaSdf } from './tibia';

export interface SacPart {
  readonly id: StructureId;
  readonly sdf: Sdf;
  readonly bounds: Bounds;
}

/** z of the patellar tendon's midline at height y (its ends are PT.top, PT.bottom). */
const tendonZ = (y: number): number => {
  const t = (PT.top[1] - y) / (PT.top[1] - PT.bottom[1]);
  return PT.top[2] + (PT.bottom[2] - PT.top[2]) * t;
};
const tendon: Sdf = roundCone(PT.top, PT.bottom, PT.halfThickness, PT.halfThickness + 0.3);

/** A sac of thickness `t` whose mid-surface lies `at` mm outside `base`, inside `mask`. */
const sac =
  (base: Sdf, at: number, t: number, mask: Sdf): Sdf =>
  (p) =>
    smax(Math.abs(base(p) - at) - t / 2, mask(p), 1.5);

/** Anterior sac, subcutaneous over the lower patella and the upper patellar tendon. */
const prepatellar = sac(
  (p) => smin(patellaSdf(p), tendon(p), 3),
  2.6,
  2,
  (p) => Math.max(ellipsoid([-1.5, 16, 56], [13, 15, 30])(p), 44 - p[2]),
);

/**
 * Deep to the quadriceps tendon on the front of the femur: a sac whose offset from the femur grows
 * upward, inside a rounded rectangle (in x, y) that rises medially, up to the pouch's apex.
 */
const suprapatellar: Sdf = (p) => {
  const lift = Math.min(1, Math.max(0, (p[1] - 55) / 35));
  const at = SP.offsetLow + (SP.offsetHigh - SP.offsetLow) * lift;
  const mid = (SP.apex + SP.bottom) / 2;
  const half = (SP.apex - SP.bottom) / 2;
  const y = p[1] - (SP.medialRise * (p[0] + 1)) / SP.halfWidth; // medial edge higher
  const r = 10;
  const qx = Math.abs(p[0] + 1) - SP.halfWidth + r;
  const qy = Math.abs(y - mid) - half + r;
  const rect = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  return smax(Math.abs(femurSdf(p) - at) - SP.thickness / 2, Math.max(rect, 18 - p[2]), 1.5);
};

/** Small sac behind the distal patellar tendon, on the tibia just above the tuberosity. */
const deepInfrapatellar = sac(tibiaSdf, 1.6, 1.8, (p) =>
  Math.max(
    ellipsoid([-6, -23, 32], [8, 5, 10])(p),
    22 - p[2],
    p[2] - (tendonZ(p[1]) - PT.halfThickness - 0.4),
  ),
);

/** Hoffa's fat pad: a wedge behind the tendon, below the patella, in front of the condyles and plateau. */
const fatPad: Sdf = (p) => {
  const joint = Math.min(femurSdf(p) - 2.6, tibiaSdf(p) - 2.6, patellaSdf(p) - 3.6);
  const behindTendon = p[2] - (tendonZ(p[1]) - PT.halfThickness - 0.5);
  return smax(smax(ellipsoid([-3, 2, 34], [17, 14, 11])(p), behindTendon, 2), -joint, 2);
};

export const sacs: readonly SacPart[] = [
  { id: 'prepatellar-bursa', sdf: prepatellar, bounds: { min: [-18, -2, 40], max: [15, 34, 68] } },
  { id: 'suprapatellar-bursa', sdf: suprapatellar, bounds: { min: [-24, 42, 16], max: [22, 104, 52] } },
  {
    id: 'deep-infrapatellar-bursa',
    sdf: deepInfrapatellar,
    bounds: { min: [-16, -30, 20], max: [4, -16, 40] },
  },
  { id: 'infrapatellar-fat-pad', sdf: fatPad, bounds: { min: [-22, -14, 18], max: [16, 18, 48] } },
];
