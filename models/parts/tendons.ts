/**
 * Tendon paths (mm, reference frame). Insertions per clinical.md §1 (L14–L23) and morphometry §8c;
 * proximal starts and via points are modelling choices along each muscle's course.
 */
import { patella as P, tibia as T } from '../anatomy';
import { profile } from '../geometry/curve';
import { smoothstep } from '../geometry/vec';
import type { BandSpec } from './band';

/** A body profile that flattens/widens over the last ~15 mm into the conjoined pes aponeurosis. */
const pesTail = (body: readonly number[], end: number): number[] =>
  Array.from({ length: 41 }, (_, i) => {
    const w = smoothstep(0.78, 0.93, i / 40);
    return profile(body, i / 40) * (1 - w) + end * w;
  });

const [pcx, pcy, pcz] = P.centre;
const lowerPole = pcy - P.height / 2;
const upperPole = pcy + P.height / 2;
const TPT = T.patellarTendonInsertion;
const G = T.gerdy;

export const tendons: readonly BandSpec[] = [
  {
    // patellar apex to the distal tuberosity; ~5 cm, 22.4 × 4.7 [A14][A16] (morphometry §8c note)
    id: 'patellar-tendon',
    path: [[pcx, lowerPole + 4, pcz + 2], TPT],
    width: [24, 22, 22, 25],
    thickness: [4.7, 4.7, 4.7, 5.2],
    hint: [0, 0.2, 1],
    free: true, // ends are embedded in the apex and the tuberosity
  },
  {
    // down the front of the femur to the superior pole; 42 wide, ~7–8.7 thick [A18][A19][A21]
    id: 'quadriceps-tendon',
    path: [
      [-12, 150, 44],
      [-7, 100, 47],
      [-3, 68, 51],
      [pcx, upperPole - 4, pcz + 3],
    ],
    width: [30, 36, 41, 42],
    thickness: [6, 6.5, 7.5, 8.5],
    hint: [0, 0, 1],
    free: true,
  },
  {
    // pes anserinus: S-G-ST front to back, ~5 cm below the JL, superficial to the sMCL [A22][A25];
    // layered S over G over ST higher up; over the last ~15 mm the three flatten and lie side by
    // side, edge to edge, as one conjoined aponeurosis medial to the tuberosity
    id: 'sartorius-tendon',
    path: [
      [44, 150, -4],
      [48, 60, -12],
      [46, 12, -12],
      [38, -26, -2],
      [23, -38, 13],
      [13, -43.5, 23],
    ],
    width: pesTail([16, 12, 10, 10, 11], 13),
    thickness: pesTail([5, 4, 3, 2.5, 2], 1.4),
    // 1–2 mm over the capsule at the joint line, over the sMCL lower down
    layer: [6, 5, 4.5, 4, 4, 4, 4.5, 6, 7, 4.5],
    roundEnds: [0, 2],
  },
  {
    id: 'gracilis-tendon',
    path: [
      [36, 150, -24],
      [44, 55, -21],
      [44, 10, -22],
      [37, -29, -6.5],
      [19.5, -45.5, 11.5],
      [11, -52, 21],
    ],
    width: pesTail([7, 6, 5, 6, 7], 11.5),
    thickness: pesTail([4, 3.5, 3.2, 3, 2.4], 1.4),
    squareness: 2.6,
    layer: [5.5, 4.5, 4, 3.8, 3.8, 3.8, 4, 5.5, 6.5, 4],
    roundEnds: [0, 2],
  },
  {
    id: 'semitendinosus-tendon',
    path: [
      [28, 150, -32],
      [40, 50, -27],
      [42, 8, -27],
      [34.5, -33, -10.5],
      [16.1, -52.1, 9.2],
      [9, -61, 19],
    ],
    width: pesTail([8, 7, 6, 7, 7.5], 11.5),
    thickness: pesTail([4.5, 4, 3.5, 3, 2.4], 1.4),
    squareness: 2.6,
    layer: [5, 4, 3.8, 3.6, 3.6, 3.6, 3.6, 5, 6, 3.5],
    roundEnds: [0, 2],
  },
  {
    // direct arm on the posteromedial tibia 12.1 below the JL [A8][A54]
    id: 'semimembranosus-tendon',
    path: [
      [18, 150, -30],
      [28, 60, -27],
      [35, 8, -26],
      [33, -12.1, -20],
    ],
    width: [20, 15, 12, 13],
    thickness: [9, 7, 5, 4],
    layer: 4.5,
  },
  {
    // lateral fibular head, split around the LCL insertion [A30][A31]
    id: 'biceps-femoris-tendon',
    path: [
      [-30, 150, -30],
      [-44, 60, -22],
      [-50, 5, -19],
      [-45, -27, -19],
    ],
    width: [18, 14, 11, 13],
    thickness: [8, 6, 4.5, 4],
    layer: 4.5,
  },
  {
    // lateral thigh, over the lateral epicondyle, to Gerdy's tubercle; 1.95 → 3.4 thick [A26][A27]
    id: 'iliotibial-band',
    path: [[-44, 150, 6], [-50, 80, 6], [-50, 26, 8], [-45, 6, 15], G],
    width: [32, 26, 20, 17, 15],
    thickness: [2, 2, 2, 2.8, 3.4],
    layer: 6,
  },
  {
    // lateral condyle, anterior/distal to the LCL footprint (18.5 apart), through the hiatus, then
    // obliquely down-medially across the back of the tibia above the soleal line [A3][A32]
    id: 'popliteus-tendon',
    path: [
      [-44, 13, 10],
      [-44, 2, -8],
      [-36, -9, -25],
      [-14, -30, -27],
      [12, -50, -20],
    ],
    width: [5, 6, 12, 26, 30],
    thickness: [3, 3.5, 6, 8, 6],
    layer: 1,
  },
  {
    // gastrocnemius tubercle, posterior/distal to the adductor tubercle [A1][A56]
    id: 'medial-gastrocnemius',
    // tendinous origin ~22 wide, belly ending ~70 below the JL with a rounded (tapered) end
    path: [
      [30, 46, -14],
      [27, 22, -31],
      [22, -20, -38],
      [15, -72, -33],
    ],
    width: [22, 20, 20, 22, 22, 17, 8],
    thickness: [4, 5, 8, 13, 13, 8, 3],
    squareness: 2,
    layer: 4,
    roundEnds: [11, 4],
  },
  {
    // lateral face of the lateral condyle / lower supracondylar line [A57]
    id: 'lateral-gastrocnemius',
    path: [
      [-32, 42, -12],
      [-30, 18, -29],
      [-22, -20, -35],
      [-14, -64, -31],
    ],
    width: [20, 18, 18, 20, 20, 15, 7],
    thickness: [4, 4.5, 7, 11, 11, 7, 3],
    squareness: 2,
    layer: 4,
    roundEnds: [10, 4],
  },
];
