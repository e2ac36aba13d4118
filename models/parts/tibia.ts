/**
 * Proximal tibia and fibula SDFs: two elliptical plateaus with posterior slope, the intercondylar
 * eminence, a loft down to the shaft, the tuberosity and Gerdy's tubercle; fibular head, styloid
 * apex and neck/shaft.
 */
import { fibula as Fb, tibia as T } from '../anatomy';
import { loft } from '../geometry/loft';
import { ellipsoid, roundBox, roundCone, type Sdf, smax, smin, union } from '../geometry/sdf';
import type { Vec3 } from '../geometry/vec';

interface Plateau {
  readonly x: number;
  readonly halfAp: number;
  readonly halfMl: number;
  readonly top: number;
}

/** A plateau block: elliptical in plan, sloping down posteriorly, rounded rim. */
const plateau = (pl: Plateau, slope: number, concave: number): Sdf => {
  const rim = 3;
  return (p) => {
    // below the rim the condyle narrows gradually into the metaphysis (no shelf)
    const f = 1 - 0.018 * Math.max(0, pl.top - 5 - p[1]);
    const k = Math.hypot((p[0] - pl.x) / (pl.halfMl * f), p[2] / (pl.halfAp * f));
    const d2 = (k - 1) * Math.min(pl.halfMl, pl.halfAp) * f + rim;
    // top surface: posterior slope plus a shallow dish (medial concave, lateral flat)
    const top = pl.top + slope * p[2] + concave * (k * k - 1);
    const dy = Math.max(p[1] - top, -34 - p[1]) + rim;
    return Math.hypot(Math.max(d2, 0), Math.max(dy, 0)) + Math.min(Math.max(d2, dy), 0) - rim;
  };
};

const medial = plateau(T.medialPlateau, T.slope.medial, 1.2);
const lateral = plateau(T.lateralPlateau, T.slope.lateral, 0);

const metaphysis = loft(
  [
    { y: T.bottom, x: 1, z: 1, rx: T.shaftRadii.ml * 0.9, rz: T.shaftRadii.ap * 0.85 },
    { y: -95, x: 1, z: 2, rx: T.shaftRadii.ml, rz: T.shaftRadii.ap },
    { y: -50, x: 0, z: 2, rx: 23, rz: 20 },
    { y: -22, x: -0.5, z: 0, rx: 33, rz: 23.5 },
    { y: -8, x: -0.5, z: -1, rx: 35.5, rz: 25 },
  ],
  3,
);

const eminence = union(
  2,
  ellipsoid([T.eminence.medial[0], T.eminence.medial[1] - 6, T.eminence.medial[2]], [5, 6, 11]),
  ellipsoid([T.eminence.lateral[0], T.eminence.lateral[1] - 6, T.eminence.lateral[2]], [5, 6, 11]),
);

const tuberosity = union(
  4,
  // teardrop: broad where the patellar tendon inserts, tapering into the anterior crest
  roundCone(
    [T.tuberosity[0], T.tuberosity[1] + 6, T.tuberosity[2] - 10],
    [T.tuberosity[0] + 1, T.tuberosity[1] - 14, T.tuberosity[2] - 13],
    9,
    4,
  ),
  roundCone([T.tuberosity[0], T.tuberosity[1] - 10, T.tuberosity[2] - 10], [-2, -80, 16], 6, 4), // crest
);

const gerdy = ellipsoid([T.gerdy[0] + 5, T.gerdy[1] - 2, T.gerdy[2] - 5], [5, 7, 6]);

const pclFossa = roundBox([0, -2, -26], [7, 9, 8], 4);

const rawTibia = union(10, union(3, medial, lateral), metaphysis);

export const tibiaSdf: Sdf = (p) => {
  let d = smin(rawTibia(p), eminence(p), 5);
  d = smin(smin(d, tuberosity(p), 10), gerdy(p), 7);
  // posterior intercondylar area (PCL facet) between the two plateaus
  d = smax(d, -pclFossa(p), 3);
  // flat distal cap
  return smax(d, T.bottom - p[1], 1.5);
};

export const tibiaBounds = { min: [-46, T.bottom - 1, -32] as Vec3, max: [46, 8, 45] as Vec3 };

const fibulaShaft = loft(
  [
    { y: T.bottom - 5, x: Fb.shaftPoint[0] + 1, z: Fb.shaftPoint[2], rx: Fb.shaftRadius, rz: Fb.shaftRadius },
    { y: Fb.shaftPoint[1], x: Fb.shaftPoint[0], z: Fb.shaftPoint[2], rx: 6.5, rz: 6.8 },
    {
      y: Fb.headCentre[1] - 14,
      x: Fb.headCentre[0] + 2,
      z: Fb.headCentre[2] - 3,
      rx: Fb.neckRadius,
      rz: Fb.neckRadius,
    },
    { y: Fb.headCentre[1], x: Fb.headCentre[0], z: Fb.headCentre[2], rx: 9, rz: 9 },
  ],
  2,
);

const fibulaRaw = union(
  7,
  ellipsoid(Fb.headCentre, [Fb.headRadius, Fb.headRadius * 0.9, Fb.headRadius * 0.95]),
  roundCone([Fb.headCentre[0] - 1, Fb.headCentre[1] + 6, Fb.headCentre[2] - 5], Fb.apex, 7, 3.5),
  fibulaShaft,
);

export const fibulaSdf: Sdf = (p) => smax(fibulaRaw(p), T.bottom - p[1], 1.5);

export const fibulaBounds = { min: [-50, T.bottom - 1, -34] as Vec3, max: [-18, -8, -2] as Vec3 };
