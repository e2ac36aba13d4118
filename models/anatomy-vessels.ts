/**
 * Vessels round the knee (issue #13): data ONLY, mm, in the frame of anatomy.ts, in the style of
 * anatomy-neighbours.ts (TubeSpec; keys in src/content/sources-neurovascular.ts). The genicular
 * arteries are partial arcs: each leaves the popliteal artery, winds round its own side of the bone
 * and ends at the side of the knee (where it runs on forward to the anastomosis round the patella,
 * which is not drawn).
 */
import type { TubeSpec } from './anatomy-neighbours';

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
  // From the popliteal artery medially round the femur just above the medial condyle, at the upper
  // adductor tubercle / shaft–epicondyle junction, ending at the medial side
  // [han-2019-genicular-arteries-us][asra-genicular-rfa-targets]; 1.6 across
  // [genicular-arteries-diameter-2015].
  'superior-medial-genicular-artery': {
    path: [
      [1, 42, -19],
      [16, 44, -18],
      [32, 44, -12],
      [41, 44, -2],
      [42, 45, 6],
    ],
    diameter: 1.6,
    clearance: 0.6,
  },
  // From the popliteal artery laterally round the supracondylar femur deep to biceps, above the FCL,
  // ending at the lateral side [han-2019-genicular-arteries-us];
  // diameter not found (1.6 as its medial twin).
  'superior-lateral-genicular-artery': {
    path: [
      [-6, 44, -19],
      [-20, 45, -17],
      [-33, 44, -10],
      [-39, 43, -1],
      [-39, 43, 6],
    ],
    diameter: 1.6,
    clearance: 0.6,
  },
  // Along the upper border of popliteus below the medial plateau, ending deep to the MCL at the side
  // [radiopaedia-inferior-medial-genicular-artery]; 1.5 across [genicular-arteries-diameter-2015];
  // height below the plateau not found (15 is a modelling value).
  'inferior-medial-genicular-artery': {
    path: [
      [0, -14, -30],
      [18, -16, -29],
      [33, -16, -17],
      [40, -15, -3],
      [40, -15, 5],
    ],
    diameter: 1.5,
    clearance: 0.6,
  },
  // Along the lateral joint line above the fibular head, ending deep to the FCL 0.5–1 cm below the JL
  // [elsevier-inferior-lateral-genicular-artery][grays-inferior-lateral-genicular-artery];
  // 1.4 across [genicular-arteries-diameter-2015].
  'inferior-lateral-genicular-artery': {
    path: [
      [-6, -6, -28],
      [-24, -6, -27],
      [-37, -7, -16],
      [-43, -7, -3],
      [-43, -7, 5],
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
