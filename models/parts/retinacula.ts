/**
 * Retinacula (layer 2, clinical.md §1 [A44]–[A50]) as thin shells lying 0.4 mm outside the capsule
 * (its offset surface, so they follow its shape), restricted to a fan that is broad at the patellar
 * border and narrows back toward the epicondyle, with rounded corners and edges. Position round the
 * knee is an arc length s = R·atan2(x, z − 5) (0 in front, + medial). The MPFL is a narrower fan on
 * the capsule from the superomedial patella to the adductor-tubercle / epicondyle saddle; the medial
 * retinaculum lifts over it.
 */
import type { StructureId } from '../../src/content/structure-ids';
import { femur as F, patella as P } from '../anatomy';
import type { Bounds } from '../geometry/levelset';
import { type Sdf, smax, smin } from '../geometry/sdf';
import { smoothstep, type Vec3 } from '../geometry/vec';
import { offset } from './capsule';
import { femurSdf } from './femur';
import { patellaSdf } from './patella';
import { tibiaSdf } from './tibia';

const pcy = P.centre[1];
const AT = F.adductorTubercle;
/** femoral MPFL saddle: 10.6 distal to the adductor tubercle [A44][A45] */
const saddle: Vec3 = [AT[0] + 1.5, AT[1] - 10.6, AT[2] + 2];

const R = 40;
const GAP = 0.4;
const THICK = 1.2;

interface Fan {
  /** arc-length range: patellar border → back edge (sign = side) */
  readonly s0: number;
  readonly s1: number;
  /** y range at the patellar border and at the back edge */
  readonly front: readonly [number, number];
  readonly back: readonly [number, number];
}

const fanMask =
  (f: Fan): Sdf =>
  (p) => {
    const s = R * Math.atan2(p[0], p[2] - 5) * Math.sign(f.s1);
    const a0 = Math.abs(f.s0);
    const a1 = Math.abs(f.s1);
    const t = Math.min(1, Math.max(0, (s - a0) / (a1 - a0)));
    const lo = f.front[0] + (f.back[0] - f.front[0]) * t;
    const hi = f.front[1] + (f.back[1] - f.front[1]) * t;
    const along = smax(a0 - s, s - a1, 8);
    return smax(along, smax(lo - p[1], p[1] - hi, 8), 8);
  };

/** MPFL fan: proximal two-thirds of the medial patellar border → the femoral saddle [A44][A45]. */
const mpflMask = fanMask({
  s0: R * 0.44,
  s1: R * Math.atan2(saddle[0], saddle[2] - 5),
  front: [pcy - 2, pcy + 15],
  back: [saddle[1] - 4, saddle[1] + 4],
});

/**
 * The surface the sheets follow: the capsule envelope with wider (smoother) blends, its offset
 * shrinking to 0.5 mm at the patella so the sheets' patellar edge lies on the patella's side border.
 */
const surface: Sdf = (p) => {
  const pat = patellaSdf(p);
  const base = smin(smin(femurSdf(p), tibiaSdf(p), 14), pat, 12);
  return base - (0.5 + (offset(p[0]) - 0.5) * smoothstep(0, 14, pat));
};

/** Shell `gap`…`gap + THICK` outside the capsule, within the fan, with rounded edges. */
const onCapsule =
  (mask: Sdf, gap: (p: Vec3) => number): Sdf =>
  (p) => {
    const e = surface(p);
    const g = gap(p);
    return smax(Math.max(e - g - THICK, g - e), mask(p), 0.8);
  };

/** The medial retinaculum lifts over the MPFL, which lies deep to it. */
const overMpfl = (p: Vec3): number => GAP + (THICK + 0.2) * smoothstep(9, -4, mpflMask(p));

export interface ShellSheet {
  readonly id: StructureId;
  readonly sdf: Sdf;
  readonly bounds: Bounds;
}

export const retinacula: readonly ShellSheet[] = [
  {
    id: 'medial-retinaculum',
    // medial patellar border (≈30° round) → in front of the medial epicondyle (≈80°)
    sdf: onCapsule(fanMask({ s0: R * 0.43, s1: R * 1.4, front: [2, pcy + 16], back: [19, 34] }), overMpfl),
    bounds: { min: [6, -2, -6], max: [52, 52, 56] },
  },
  {
    id: 'lateral-retinaculum',
    // lateral patellar border → the lateral epicondyle / iliotibial band (≈90°)
    sdf: onCapsule(
      fanMask({ s0: -R * 0.47, s1: -R * 1.52, front: [0, pcy + 16], back: [13, 31] }),
      () => GAP,
    ),
    bounds: { min: [-54, -4, -8], max: [-6, 52, 56] },
  },
  { id: 'mpfl', sdf: onCapsule(mpflMask, () => 0.2), bounds: { min: [6, 20, -6], max: [52, 52, 56] } },
];
