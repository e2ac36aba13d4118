/**
 * Joint capsule: a thin sleeve offset outside the femur, tibia and patella, from just below the
 * plateau rim up to the condyles posteriorly and, in front, up under the quadriceps tendon as the
 * suprapatellar pouch [A51][A52]. Also the pes anserine bursa and the coronary ligaments.
 */
import { meniscus as M, patella as P, tibia as T } from '../anatomy';
import type { Bounds } from '../geometry/levelset';
import { type Sdf, smax, smin } from '../geometry/sdf';
import { smoothstep, type Vec3 } from '../geometry/vec';
import type { BandSpec } from './band';
import { femurSdf } from './femur';
import { patellaSdf } from './patella';
import { tibiaSdf } from './tibia';

// Room for menisci, cartilage and cruciates inside; thinner at the sides so the collateral
// ligaments (extracapsular) lie outside it.
export const offset = (x: number): number => 5.5 - 2.5 * smoothstep(26, 36, Math.abs(x));
const WALL = 1.8;
const [, , patellaZ] = P.centre;

/** Outer surface of the capsule (its wall lies in −WALL < envelope < 0). */
export const envelope: Sdf = (p) => smin(smin(femurSdf(p), tibiaSdf(p), 10), patellaSdf(p), 8) - offset(p[0]);

/** The patella sits in the anterior wall: no capsule over its front. */
const patellaWindow: Sdf = (p) => Math.min(7 - patellaSdf(p), p[2] - (patellaZ - 2));

/** Top edge rises from ~40 posteriorly to ~80 in front (suprapatellar pouch). */
const region: Sdf = (p) => {
  const top = 40 + 40 * smoothstep(-5, 30, p[2]);
  return Math.max(p[1] - top, -10 - p[1]);
};

export const capsuleSdf: Sdf = (p) => {
  const e = envelope(p);
  // rounded cuts (k 2.5) give clean rims instead of grid-stepped edges
  return smax(smax(Math.max(e, -(e + WALL)), region(p), 2.5), patellaWindow(p), 2.5);
};

export const capsuleBounds: Bounds = { min: [-60, -12, -40], max: [60, 82, 66] };

const rimPath = (x0: number, ml: number, ap: number, from: number, to: number, y: number): Vec3[] => {
  const pts: Vec3[] = [];
  for (let i = 0; i <= 8; i++) {
    const th = ((from + ((to - from) * i) / 8) * Math.PI) / 180;
    pts.push([x0 + ml * Math.cos(th), y, ap * Math.sin(th)]);
  }
  return pts;
};

const mp = T.medialPlateau;
const lp = T.lateralPlateau;

/** Coronary (meniscotibial) ligaments: short sheets from the meniscal rims down over the plateau
 * rim, 6–7 below the cartilage edge [A34][A35]; traced round the periphery of each compartment. */
export const capsularBands: readonly BandSpec[] = [
  {
    id: 'medial-coronary-ligament',
    path: rimPath(mp.x, mp.halfMl - 1, mp.halfAp - 1, 70, -110, M.medial.centre[1] - 4.5),
    width: [7, 7],
    thickness: [1.2, 1.2],
  },
  {
    id: 'lateral-coronary-ligament',
    path: rimPath(lp.x, -(lp.halfMl - 1), lp.halfAp - 1, 60, -95, M.lateral.centre[1] - 5.5),
    width: [7, 7],
    thickness: [1.2, 1.2],
  },
  {
    // between the pes tendons and the tibia / sMCL insertion [A23]
    id: 'pes-anserine-bursa',
    path: [
      [30, -35, -2],
      [24, -43, 7],
      [15, -50, 15],
    ],
    width: [14, 18, 16],
    thickness: [2.5, 3, 2.5],
    squareness: 2,
    layer: [6, 4, 1.5],
  },
];
