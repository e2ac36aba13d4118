/**
 * The knee's neighbours (issue #13): nerves, bursae and skin here, vessels in anatomy-vessels.ts,
 * muscle bellies in anatomy-muscles.ts. Data ONLY, in
 * mm, in the frame of anatomy.ts (origin = tibial plateau centre at the joint line, +X medial,
 * +Y proximal, +Z anterior, right knee). Paths are control points of a centripetal Catmull-Rom
 * curve; parts/ pushes each centreline clear of bone, so a point here may sit a little inside it.
 * Source keys in brackets resolve in src/content/sources-neurovascular.ts / sources-soft-tissue.ts
 * (docs/reference/neighbours-*.md) or, for [A..]/[F..]/[T..], in ../shared/reference. Points marked
 * "topology" follow the textbook course (which side, which layer) placed on this model's own
 * landmarks; they are not measured positions.
 */
import { fibula as Fb, patella as P, tibia as T } from './anatomy';
import type { Vec3 } from './geometry/vec';

/**
 * Where the muscle bellies and the skin are cut: a hand's breadth above and below the JL
 * (docs/reference/neighbours-soft-tissue.md Part 2, rule 1). The rectus femoris is the exception:
 * its fibres end 65–90 mm above the superior pole (y ≈ 113–138), so below +100 it is the
 * quadriceps tendon's superficial lamina, and its belly is drawn above the skin's cut, up to the
 * quadriceps tendon's top [rectus-femoris-tendon-2012][grob-2016-quadriceps-tendon][elsevier-quadriceps-tendon].
 */
export const CUT = {
  muscleAbove: 100,
  muscleBelow: -100,
  rectusAbove: 150,
  skinAbove: 100,
  skinBelow: -100,
} as const;

/** The fibular neck, just below the head (anatomy.ts: head centre, radius 13; neck radius 7.5). */
export const fibularNeck = {
  centre: [-32, -44, -18] as Vec3, // on the head → shaft line, 17 below the head centre
  radius: Fb.neckRadius,
};

/** Fibular head tip (styloid apex), the landmark nerve distances are measured from. */
export const fibularHeadTip: Vec3 = Fb.apex;

export interface TubeSpec {
  readonly path: readonly Vec3[];
  /** outer diameter, mm */
  readonly diameter: number;
  /** gap kept between the tube's surface and bone, mm */
  readonly clearance: number;
}

const tipY = Fb.apex[1];
const lowerPole = P.centre[1] - P.height / 2;

export const nerves = {
  // Along the medial border of biceps femoris, on the lateral gastrocnemius head; at the plateau
  // 7.9 behind and 1.3 beside the tibia's posterolateral corner [rausch-2019-peroneal-nerve-3d];
  // crosses the posterior border of the fibular neck 20.7 ± 1 below the head's tip
  // [teo-2020-cpn-fibular-head], then winds round its lateral side forward; 3.7 thick
  // [cao-thi-2018-cpn-cadaveric].
  'common-peroneal-nerve': {
    path: [
      [-22, 90, -46],
      [-33, 50, -40],
      [-40, 14, -34],
      [-42, 0, -31],
      [-41, tipY - 20.7, -30],
      [-45, tipY - 28, -18],
      [-39, tipY - 36, -5],
      [-31, tipY - 44, 3],
    ],
    diameter: 3.7,
    clearance: 1,
  },
  // Down the midline of the fossa, the most superficial of the bundle (nerve, vein, artery from
  // behind) [downstate-popliteal-vessels]; 21.7 mm² ≈ 5.3 across [senarai-2023-tibial-nerve-csa].
  'tibial-nerve': {
    path: [
      [-8, 90, -30],
      [-4, 50, -34],
      [-2, 20, -42],
      [-1, 0, -43],
      [0, -20, -42],
      [1, -60, -43],
      [2, -90, -41],
    ],
    diameter: 5.3,
    clearance: 1,
  },
  // Pierces the fascia between sartorius and gracilis [elsevier-saphenous-nerve]; at the JL ~9 from
  // gracilis and ~15 from semitendinosus [dunaway-2005-saphenous-joint-line]; behind the vein
  // below the knee; diameter not found.
  'saphenous-nerve': {
    path: [
      [40, 90, -16],
      [52, 40, -18],
      [54, 5, -17],
      [50, -30, -14],
      [46, -60, -11],
      [42, -90, -6],
    ],
    diameter: 2.5,
    clearance: 1,
  },
  // From the saphenous nerve near sartorius, medial → lateral and proximal → distal between the
  // patellar apex and the tubercle (apex → nerve ~30) [kartus-1999-infrapatellar-nerves]
  // [ebraheim-1997-ipbsn]; subcutaneous; diameter not found.
  'infrapatellar-branch-saphenous-nerve': {
    path: [
      [54, 10, -14],
      [52, -2, 12],
      [30, lowerPole - 14, 40],
      [0, lowerPole - 20, 47],
      [-26, lowerPole - 26, 38],
      [-40, lowerPole - 30, 22],
    ],
    diameter: 1.5,
    clearance: 1,
  },
} satisfies Record<string, TubeSpec>;

export { vessels } from './anatomy-vessels';

/**
 * The suprapatellar bursa (pouch) in extension: its apex ~47 above the superior pole (y 47.9), the
 * medial edge a little higher than the lateral (about 2 in [holden-landmarks-knee]; fluid recess up
 * to 51.2 long [schmidt-2004-us-reference]); between the prefemoral and quadriceps fat pads, its
 * mid-surface ~7 off the femur at the top (DERIVED from the suggested 7–10 mm centreline clearance),
 * closer where it turns behind the patellar base [radiopaedia-suprapatellar][elsevier-quadriceps-tendon].
 */
export const suprapatellarPouch = {
  bottom: 46,
  apex: P.centre[1] + P.height / 2 + 47,
  medialRise: 4, // the medial edge reaches ≈ apex + 4, the lateral ≈ apex − 4 [holden-landmarks-knee]
  offsetLow: 2.2, // mm off the femur below y 55 (MODEL, inside the capsule's pouch)
  offsetHigh: 7, // mm off the femur from y 90 up
  thickness: 2, // collapsed in extension; fluid 3.7 ± 1.7 when present [wang-bursal-fluid-qims]
  halfWidth: 20, // under the 42-mm quadriceps tendon (MODEL)
};

/** Subcutaneous thickness (skin + fat) outside the outermost structure, by direction [topology]. */
export const softTissue = {
  anterior: 4, // over the patella, patellar tendon and tibial crest: thin
  side: 6,
  posterior: 9, // over the hamstrings and the calf
};

/** Where the patellar tendon runs (for the bursae in front of and behind it). */
export const patellarTendonLine = {
  top: [P.centre[0], lowerPole + 4, P.centre[2] + 2] as Vec3,
  bottom: T.patellarTendonInsertion,
  halfThickness: 2.35,
};
