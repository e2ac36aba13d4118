/**
 * The knee's neighbours (issue #13): nerves, vessels, muscle bellies, bursae and skin. Data ONLY, in
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

/** Where the muscle bellies and the skin are cut: a hand's breadth above and below the JL. */
export const CUT = { muscleAbove: 90, muscleBelow: -90, skinAbove: 100, skinBelow: -100 } as const;

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

/** Vessels. The popliteal artery is the deepest of the bundle, on the posterior capsule. */
export const vessels = {
  // On the popliteal surface of the femur, the capsule and popliteus; in extension 3.9 behind the
  // capsule at the JL and 2.7 / 4.9 from the posterior tibial cortex 1 / 2 cm below it
  // [yoo-2009-popliteal-artery-mri]; at most 4.83 lateral of the midline below the plateau
  // [simons-2018-popliteal-artery-mri]; 7.9 across [genicular-arteries-diameter-2015].
  'popliteal-artery': {
    path: [
      [-1, 90, -8],
      [-2, 50, -13],
      [-3, 25, -22],
      [-4, 0, -25],
      [-4, -10, -23],
      [-4, -20, -25.6],
      [-3, -60, -27],
      [-2, -90, -25],
    ],
    diameter: 7.9,
    clearance: 1,
  },
  // Between artery and nerve, bound to the artery in one sheath: posterior, lateral above and
  // medial below [darling-popliteal-vein]; diameter not found (8 is a modelling value).
  'popliteal-vein': {
    path: [
      [-6, 90, -17],
      [-6, 50, -22],
      [-5, 25, -31],
      [-3, 0, -34],
      [-1, -20, -34],
      [1, -60, -35],
      [2, -90, -33],
    ],
    diameter: 8,
    clearance: 1,
  },
  // Winds round the femur just above the condyles, at the upper adductor tubercle / shaft–epicondyle
  // junction [han-2019-genicular-arteries-us][asra-genicular-rfa-targets]; 1.6 across
  // [genicular-arteries-diameter-2015].
  'superior-medial-genicular-artery': {
    path: [
      [-3, 42, -34],
      [18, 44, -28],
      [36, 43, -14],
      [42, 44, 4],
      [34, 46, 22],
    ],
    diameter: 1.6,
    clearance: 0.6,
  },
  // Round the lateral supracondylar femur deep to biceps, above the FCL [han-2019-genicular-arteries-us];
  // diameter not found (1.6 as its medial twin).
  'superior-lateral-genicular-artery': {
    path: [
      [-5, 44, -34],
      [-24, 45, -27],
      [-40, 42, -12],
      [-44, 42, 6],
      [-34, 44, 24],
    ],
    diameter: 1.6,
    clearance: 0.6,
  },
  // Along the upper border of popliteus below the medial condyle, deep to the MCL, then forward
  // [radiopaedia-inferior-medial-genicular-artery]; 1.5 across [genicular-arteries-diameter-2015];
  // height below the plateau not found (15 is a modelling value).
  'inferior-medial-genicular-artery': {
    path: [
      [-2, -14, -32],
      [18, -16, -28],
      [36, -16, -14],
      [40, -15, 4],
      [30, -16, 24],
    ],
    diameter: 1.5,
    clearance: 0.6,
  },
  // Above the fibular head, deep to the FCL 0.5–1 cm below the joint line
  // [elsevier-inferior-lateral-genicular-artery][grays-inferior-lateral-genicular-artery];
  // 1.4 across [genicular-arteries-diameter-2015].
  'inferior-lateral-genicular-artery': {
    path: [
      [-5, -6, -27],
      [-24, -6, -27],
      [-40, -7, -14],
      [-43, -7, 4],
      [-32, -7, 24],
    ],
    diameter: 1.4,
    clearance: 1,
  },
  // Posteromedial, subcutaneous, a hand's breadth behind the patella's medial border, over the
  // posterior border of the medial epicondyle [forsyth-great-saphenous-vein]; ~4 across (3.7 in
  // the thigh; at the knee not found).
  'great-saphenous-vein': {
    path: [
      [46, 100, -10],
      [56, 40, -20],
      [58, 0, -22],
      [53, -40, -16],
      [48, -100, -6],
    ],
    diameter: 4,
    clearance: 1,
  },
} satisfies Record<string, TubeSpec>;

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

export interface BellySpec {
  /** proximal (cut or origin) → distal (where the tendon takes over), mm */
  readonly path: readonly Vec3[];
  /** width profile (evenly spaced along the belly), mm */
  readonly width: readonly number[];
  /** thickness profile (off the bone), mm */
  readonly thickness: readonly number[];
  /** gap between the belly and bone, mm */
  readonly clearance: number;
}

/**
 * Muscle bellies, cut at CUT.muscleAbove / muscleBelow, each ending on its tendon (parts/tendons.ts)
 * [topology; A18–A21, A30, A56, A57 for the tendons they end in].
 */
export const bellies = {
  // oblique VMO fibres to the upper medial patellar border (~55° to the femoral axis) [topology]
  'vastus-medialis': {
    path: [
      [34, 90, 24],
      [34, 68, 34],
      [24, 54, 42],
      [15, 44, 47],
    ],
    width: [42, 44, 34, 18],
    thickness: [20, 20, 12, 4],
    clearance: 1,
  },
  // ends higher than VMO, into the lateral quadriceps tendon above the superolateral pole [topology]
  'vastus-lateralis': {
    path: [
      [-38, 90, 22],
      [-32, 74, 34],
      [-18, 62, 45],
    ],
    width: [46, 36, 16],
    thickness: [20, 12, 4],
    clearance: 1,
  },
  // superficial belly ending on the front of the quadriceps tendon [A65][topology]
  'rectus-femoris': {
    path: [
      [-7, 90, 58],
      [-5, 80, 57],
      [-4, 70, 55],
    ],
    width: [34, 26, 12],
    thickness: [12, 8, 2],
    clearance: 11,
  },
  // posteromedial belly over its tendon, muscle nearly to the joint line [topology]
  'semimembranosus-muscle': {
    path: [
      [20, 90, -46],
      [28, 55, -44],
      [34, 26, -38],
    ],
    width: [34, 30, 12],
    thickness: [24, 18, 5],
    clearance: 1,
  },
  // posterolateral, ending on the biceps tendon a few cm above the fibular head [topology]
  'biceps-femoris-muscle': {
    path: [
      [-36, 90, -38],
      [-44, 62, -32],
      [-49, 36, -26],
    ],
    width: [32, 26, 12],
    thickness: [22, 16, 5],
    clearance: 1,
  },
  // from the origin tendon down; the larger head, its bulk lower [A56][topology]
  'gastrocnemius-medial-head': {
    path: [
      [27, 16, -40],
      [25, -20, -48],
      [20, -55, -48],
      [16, -90, -42],
    ],
    width: [16, 30, 34, 32],
    thickness: [6, 16, 20, 18],
    clearance: 3,
  },
  // from the origin tendon down; smaller and ending higher in its bulk [A57][topology]
  'gastrocnemius-lateral-head': {
    path: [
      [-28, 14, -38],
      [-22, -20, -46],
      [-17, -55, -45],
      [-14, -90, -40],
    ],
    width: [14, 26, 27, 24],
    thickness: [5, 14, 16, 13],
    clearance: 3,
  },
  // triangular belly on the back of the tibia, from the popliteus tendon to the soleal line [A32]
  'popliteus-muscle': {
    path: [
      [-22, -22, -30],
      [-2, -38, -28],
      [20, -54, -22],
    ],
    width: [20, 36, 22],
    thickness: [4, 6, 4],
    clearance: 0.5,
  },
} satisfies Record<string, BellySpec>;
