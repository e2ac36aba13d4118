/**
 * Articular cartilage shells: the bone SDF offset outward by the cartilage thickness [C1][P3],
 * sunk 1 mm into the bone (hidden) so the thin shell meshes cleanly, clipped to articular regions.
 */
import { cartilage as C, femur as F, tibia as T } from '../anatomy';
import type { Bounds } from '../geometry/levelset';
import { type Sdf, shell, smax } from '../geometry/sdf';
import { smoothstep } from '../geometry/vec';
import { femurSdf } from './femur';
import { patellaSdf } from './patella';
import { tibiaSdf } from './tibia';

export interface ShellPart {
  readonly id: string;
  readonly sdf: Sdf;
  readonly bounds: Bounds;
  readonly weight: number;
}

const femShell = shell(femurSdf, C.femur, 1);
/** Condyles (distal + posterior) and trochlea; not the notch, not the epicondyles. */
const femRegion: Sdf = (p) => {
  const front = smoothstep(5, 20, p[2]); // 0 posterior/distal → 1 trochlea
  const top = 38 + 10 * front - 0.008 * p[0] * p[0];
  const notch = (1 - front) * (F.notchWidth / 2 + 1 - Math.abs(p[0])) - 4 * front; // > 0 inside the notch
  const sides = Math.abs(p[0]) - (38 - 6 * front);
  return Math.max(p[1] - top, notch, sides);
};

const tibShell = shell(tibiaSdf, C.tibia, 1);
const plateauRegion =
  (x0: number, ml: number, ap: number): Sdf =>
  (p) =>
    (Math.hypot((p[0] - x0) / (ml - 2), p[2] / (ap - 2)) - 1) * 10;
const medialArea = plateauRegion(T.medialPlateau.x, T.medialPlateau.halfMl, T.medialPlateau.halfAp);
const lateralArea = plateauRegion(T.lateralPlateau.x, T.lateralPlateau.halfMl, T.lateralPlateau.halfAp);
const tibRegion: Sdf = (p) =>
  Math.max(Math.min(medialArea(p), lateralArea(p)), -8 - p[1], 5.5 - Math.abs(p[0] + 0.5));

const patShell = shell(patellaSdf, C.patella, 1);
const patRegion: Sdf = (p) => p[2] - 43.5;

export const cartilageParts: readonly ShellPart[] = [
  {
    id: 'femoral-cartilage',
    sdf: (p) => smax(femShell(p), femRegion(p), 0.6),
    bounds: { min: [-44, -3, -30], max: [44, 52, 46] },
    weight: 1,
  },
  {
    id: 'tibial-cartilage',
    sdf: (p) => smax(tibShell(p), tibRegion(p), 0.6),
    bounds: { min: [-42, -12, -30], max: [42, 4, 30] },
    weight: 0.45,
  },
  {
    id: 'patellar-cartilage',
    sdf: (p) => smax(patShell(p), patRegion(p), 0.6),
    bounds: { min: [-26, 10, 34], max: [24, 52, 46] },
    weight: 0.3,
  },
];
