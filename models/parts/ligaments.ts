/**
 * Ligament paths (mm, reference frame). Attachments follow clinical.md §1 / morphometry.md §8c;
 * via points are modelling choices that keep each band on its anatomical course. The retinacula and
 * the MPFL are sheets (retinacula.ts).
 */
import { femur as F, fibula as Fb } from '../anatomy';
import type { BandSpec } from './band';

const ME = F.medialEpicondyle;
const LE = F.lateralEpicondyle;
const AT = F.adductorTubercle;

export const ligaments: readonly BandSpec[] = [
  {
    // femur: posteromedial wall of the lateral condyle in the notch; tibia: in front of and lateral
    // to the medial spine. Length 22–41, ribbon 9.9 × 3.9 [A8][A9][A10]
    id: 'acl',
    path: [
      [-10, 20, -15],
      [-6, 10, -4],
      [-1, 0, 8],
    ],
    width: [13, 10, 10, 15],
    thickness: [4.5, 3.9, 3.9, 4.5],
    hint: [1, 0, 0.25],
  },
  {
    // femur: lateral wall of the medial condyle / anterior notch roof; tibia: posterior sulcus
    // 10–15 below the plateau, centred near 51% of the width from lateral. Length 32–38 [A11][A12]
    id: 'pcl',
    path: [
      [9, 17, -1],
      [7, 8, -11],
      [1, -8, -21],
    ],
    width: [15, 12, 12, 14],
    thickness: [5, 5, 5, 5],
    hint: [1, 0, 0.1],
  },
  {
    // femur: 3.2 proximal, 4.8 posterior to the medial epicondyle; tibia 61.2 below the JL.
    // Length 94.8 [A1][A53]
    id: 'superficial-mcl',
    path: [
      [ME[0], ME[1] + 3.2, ME[2] - 4.8],
      [43, 8, 3],
      [36, -25, 5],
      [21, -60, 7],
    ],
    width: [11, 12, 13, 14],
    thickness: [2.5, 2.5, 2.5, 2.5],
    layer: 4,
  },
  {
    // meniscofemoral + meniscotibial parts: femoral centroid 20.5 above, tibial 6.5 below the JL [A2]
    id: 'deep-mcl',
    path: [
      [43, 20.5, 2],
      [42, 5, 2],
      [40, -6.5, 2],
    ],
    width: [14, 15, 20],
    thickness: [1.6, 1.6, 1.6],
  },
  {
    // femur 1.4 proximal, 3.1 posterior to the lateral epicondyle; fibular head, ~28 below the
    // styloid, 8.2 behind its anterior edge. Length 59–74 (Meister 66), cord 4–5 × 2–3 [A3][A4][A5]
    id: 'lcl',
    path: [
      [LE[0], LE[1] + 1.4, LE[2] - 3.1],
      [Fb.headCentre[0] - 11.5, Fb.apex[1] - 20.5, Fb.headCentre[2] + 2.5],
    ],
    width: [5.5, 4.5, 5],
    thickness: [3, 3, 3],
    squareness: 2.2,
    sides: 10,
    free: true, // a straight cord standing off the joint line
  },
  {
    // femur 7.7 distal, 6.4 posterior to the adductor tubercle; blends posteromedially [A1][A60]
    id: 'posterior-oblique-ligament',
    path: [
      [AT[0], AT[1] - 7.7, AT[2] - 6.4],
      [41, 15, -14],
      [34, -10, -21],
    ],
    width: [8, 12, 16],
    thickness: [2, 2, 2],
    layer: 1,
  },
];
