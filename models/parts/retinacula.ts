/**
 * Retinacula and MPFL as thin sheets (layer 2, clinical.md §1 [A44]–[A50]). Edge curves run
 * proximal → distal; edge `a` is on the patella (or beside the patellar tendon), edge `b` is back
 * toward the epicondyle region and down to the tibial plateau rim. The MPFL is a narrower fan from
 * the adductor-tubercle / epicondyle saddle to the superomedial patella, deep to the medial retinaculum.
 */
import { femur as F, patella as P } from '../anatomy';
import type { Vec3 } from '../geometry/vec';
import type { SheetSpec } from './sheet';

const [pcx, pcy, pcz] = P.centre;
const hw = P.width / 2;
const AT = F.adductorTubercle;
/** femoral MPFL saddle: 10.6 distal to the adductor tubercle [A44][A45] */
const saddle: Vec3 = [AT[0] + 1.5, AT[1] - 10.6, AT[2] + 2];

export const sheets: readonly SheetSpec[] = [
  {
    id: 'medial-retinaculum',
    a: [
      [pcx + hw - 4, pcy + 15, pcz - 6],
      [pcx + hw, pcy, pcz - 5],
      [pcx + hw - 5, pcy - 15, pcz - 6],
      [10, 0, 40],
    ],
    b: [
      [39, 52, 14],
      [44, 32, 12],
      [44, 12, 12],
      [40, -5, 14],
    ],
    clearance: [2.2, 7, 8, 8],
    thickness: 1,
  },
  {
    id: 'lateral-retinaculum',
    a: [
      [pcx - hw + 4, pcy + 15, pcz - 6],
      [pcx - hw, pcy, pcz - 5],
      [pcx - hw + 5, pcy - 15, pcz - 6],
      [-17, 0, 40],
    ],
    b: [
      [-38, 52, 20],
      [-44, 34, 20],
      [-45, 16, 20],
      [-41, -4, 20],
    ],
    clearance: [1.2, 6.5, 6, 5],
    thickness: 1,
  },
  {
    id: 'mpfl',
    // patellar attachment: proximal two-thirds of the medial border [A45]; femoral: the saddle
    a: [
      [pcx + hw - 5, pcy + 14, pcz - 6],
      [pcx + hw - 1, pcy + 2, pcz - 6],
    ],
    b: [
      [saddle[0], saddle[1] + 4, saddle[2]],
      [saddle[0], saddle[1] - 4, saddle[2]],
    ],
    clearance: [0.3, 4.5, 4.5, 3],
    thickness: 1.6,
    rows: 6,
    cols: 12,
  },
];
