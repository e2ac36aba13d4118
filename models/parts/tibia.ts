/**
 * Proximal tibia and fibula SDFs. The tibia is one lofted body whose plan section morphs from the
 * elliptical shaft into the bicondylar plateau outline (≈80 ML × 54 AP) along an S-shaped profile
 * (concave metaphyseal flare, convex condylar margin), capped by a plateau height field with
 * posterior slope (medial 5.9°, lateral 4.4° [T3]), a dished medial and a slightly domed lateral
 * plateau and a lower intercondylar area. The eminence tubercles, an elongated tuberosity running
 * into the anterior crest, Gerdy's tubercle and a posterolateral fibular facet are blended in.
 */
import { fibula as Fb, tibia as T } from '../anatomy';
import { loft } from '../geometry/loft';
import { ellipsoid, roundBox, roundCone, type Sdf, smax, smin, sphere, union } from '../geometry/sdf';
import { smoothstep, type Vec3 } from '../geometry/vec';

/** 2D ellipse distance bound (iq) in the (x, z) plan. */
const ellipse2 = (x: number, z: number, cx: number, cz: number, rx: number, rz: number): number => {
  const u = x - cx;
  const v = z - cz;
  const k0 = Math.hypot(u / rx, v / rz);
  const k1 = Math.hypot(u / (rx * rx), v / (rz * rz));
  return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, rz);
};

const MP = T.medialPlateau;
const LP = T.lateralPlateau;

/** Plan outline of the condyles: two plateau ellipses bridged in front of the intercondylar area. */
const plateauPlan = (x: number, z: number): number => {
  const m = ellipse2(x, z, MP.x, 0, MP.halfMl, MP.halfAp);
  const l = ellipse2(x, z, LP.x, -1, LP.halfMl, LP.halfAp);
  const c = ellipse2(x, z, -0.5, 5, 15, 20);
  return smin(smin(m, l, 8), c, 8);
};

/** offset of the posterolateral (interosseous) bulge from the shaft centre */
const BX = 9;
const BZ = 8;
/** Shaft section (centre x, z and semi-axes) below the flare. */
const shaftPlan = (x: number, y: number, z: number): number => {
  const a = smoothstep(T.bottom, -95, y);
  const b = smoothstep(-95, -62, y);
  const rx = T.shaftRadii.ml * (0.9 + 0.1 * a) + (19 - T.shaftRadii.ml) * b;
  const rz = T.shaftRadii.ap * (0.85 + 0.15 * a) + (19 - T.shaftRadii.ap) * b;
  const cx = 1 - 0.5 * b;
  // posterolateral bulge: the interosseous border faces the fibula (rounded-triangular section)
  const io = ellipse2(x, z, cx - BX, 2 - BZ, rx * 0.7, rz * 0.6);
  return smin(ellipse2(x, z, cx, 2, rx, rz), io, 6);
};

/** 0 at the shaft, 1 at the condyles: concave flare below, convex margin just under the rim. */
const flare = (y: number): number => {
  const u = Math.min(1, Math.max(0, (y + 65) / 59));
  return smoothstep(0, 1, u ** 1.2);
};

/** Articular height field: sloped, medial dished, lateral slightly domed, intercondylar lower. */
const plateauTop = (x: number, z: number): number => {
  const km = Math.min(1, Math.hypot((x - MP.x) / MP.halfMl, z / MP.halfAp));
  const kl = Math.min(1, Math.hypot((x - LP.x) / LP.halfMl, (z + 1) / LP.halfAp));
  const hm = MP.top + T.slope.medial * z - 1.2 * (1 - km * km);
  const hl = LP.top - 0.6 + T.slope.lateral * z + 0.6 * (1 - kl * kl);
  const w = smoothstep(-7, 7, x);
  const dip = 2.5 * (1 - smoothstep(4, 10, Math.abs(x + 0.5)));
  return hl + (hm - hl) * w - dip;
};

const body: Sdf = (p) => {
  const t = flare(p[1]);
  const plan = shaftPlan(p[0], p[1], p[2]) * (1 - t) + plateauPlan(p[0], p[2]) * t;
  return smax(plan, p[1] - plateauTop(p[0], p[2]), 4);
};

/** Medial and lateral intercondylar tubercles. */
const eminence = union(
  2.5,
  ellipsoid([T.eminence.medial[0], T.eminence.medial[1] - 6, T.eminence.medial[2]], [4.5, 6, 10]),
  ellipsoid([T.eminence.lateral[0], T.eminence.lateral[1] - 6, T.eminence.lateral[2]], [4.5, 6, 10]),
);

const TT = T.tuberosity;
/** Elongated tuberosity (broad proximally where the tendon inserts) tapering into the anterior crest. */
const tuberosity = union(
  10,
  roundCone([TT[0], TT[1] + 6, TT[2] - 12], [TT[0] + 1, TT[1] - 16, TT[2] - 14], 7.5, 4.5),
  roundCone([TT[0] + 1, TT[1] - 16, TT[2] - 14], [-1, -88, 13.5], 4.5, 3),
);

const gerdy = ellipsoid([T.gerdy[0] + 5, T.gerdy[1] - 2, T.gerdy[2] - 5], [6, 8, 8]);

const pclFossa = roundBox([0, -2, -26], [7, 9, 8], 4);
/** Posterolateral facet seating the fibular head. */
const fibularSeat = sphere(Fb.headCentre, Fb.headRadius - 0.5);

export const tibiaSdf: Sdf = (p) => {
  let d = smin(body(p), eminence(p), 4);
  d = smin(smin(d, tuberosity(p), 9), gerdy(p), 9);
  d = smax(d, -pclFossa(p), 3);
  d = smax(d, -fibularSeat(p), 5);
  // flat distal cap
  return smax(d, T.bottom - p[1], 1.5);
};

export const tibiaBounds = { min: [-46, T.bottom - 1, -32] as Vec3, max: [46, 8, 45] as Vec3 };
const fibulaShaft = loft(
  [
    // converges slightly on the tibia distally
    {
      y: T.bottom - 5,
      x: Fb.shaftPoint[0] + 4,
      z: Fb.shaftPoint[2] + 5,
      rx: Fb.shaftRadius,
      rz: Fb.shaftRadius,
    },
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
