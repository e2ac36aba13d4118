/**
 * Articular cartilage shells: the bone SDF offset outward by the cartilage thickness [C1][P3],
 * sunk 1 mm into the bone (hidden) so the thin shell meshes cleanly, fading out smoothly at the
 * edge of each articular region (feathered rim).
 */
import type { StructureId } from '../../src/content/structure-ids';
import { cartilage as C, tibia as T } from '../anatomy';
import type { Bounds } from '../geometry/levelset';
import type { Sdf } from '../geometry/sdf';
import { smoothstep } from '../geometry/vec';
import { femurSdf } from './femur';
import { patellaSdf } from './patella';
import { tibiaSdf } from './tibia';

export interface ShellPart {
  readonly id: StructureId;
  readonly sdf: Sdf;
  readonly bounds: Bounds;
  readonly weight: number;
}

/**
 * Shell of the bone `f` whose thickness fades smoothly to nothing across the last `fade` mm inside
 * the articular region (`region` < 0 inside, in mm): a feathered, bevelled rim instead of a cut wall.
 */
const INSET = 1;
const fadedShell =
  (f: Sdf, thickness: number, region: Sdf, fade = 4): Sdf =>
  (p) => {
    const d = f(p);
    const m = smoothstep(0, fade, -region(p));
    return Math.max(d - ((thickness + INSET) * m - INSET), -(d + INSET));
  };

/**
 * Condyles (distal + posterior) and trochlea; not the notch, not the epicondyles. Posteriorly each
 * condyle's cartilage ends in a rounded arch following the condyle outline (no straight top edge).
 */
const femRegion: Sdf = (p) => {
  const front = smoothstep(5, 20, p[2]); // 0 posterior/distal → 1 trochlea
  const post = (Math.hypot((Math.abs(p[0]) - 25.5) / 13.5, Math.max(0, p[1] - 16) / 23) - 1) * 12;
  const ant = Math.max(p[1] - 48 + 0.008 * p[0] * p[0], Math.abs(p[0]) - 32);
  return post * (1 - front) + ant * front;
};

const plateauRegion =
  (x0: number, ml: number, ap: number): Sdf =>
  (p) =>
    (Math.hypot((p[0] - x0) / (ml - 2), p[2] / (ap - 2)) - 1) * 18;
const medialArea = plateauRegion(T.medialPlateau.x, T.medialPlateau.halfMl, T.medialPlateau.halfAp);
const lateralArea = plateauRegion(T.lateralPlateau.x, T.lateralPlateau.halfMl, T.lateralPlateau.halfAp);
/** beside the eminence the inner edges curve round it (an ellipse) instead of running straight */
const tibRegion: Sdf = (p) =>
  Math.max(
    Math.min(medialArea(p), lateralArea(p)),
    -8 - p[1],
    8.5 * (1 - Math.hypot((p[0] + 0.5) / 8.5, (p[2] + 2) / 36)),
  );

const patRegion: Sdf = (p) => p[2] - 43.5;

export const cartilageParts: readonly ShellPart[] = [
  {
    id: 'femoral-cartilage',
    sdf: fadedShell(femurSdf, C.femur, femRegion),
    bounds: { min: [-44, -3, -30], max: [44, 52, 46] },
    weight: 1,
  },
  {
    id: 'tibial-cartilage',
    sdf: fadedShell(tibiaSdf, C.tibia, tibRegion, 3.5),
    bounds: { min: [-42, -12, -30], max: [42, 4, 30] },
    weight: 0.45,
  },
  {
    id: 'patellar-cartilage',
    sdf: fadedShell(patellaSdf, C.patella, patRegion, 3),
    bounds: { min: [-26, 10, 34], max: [24, 52, 46] },
    weight: 0.3,
  },
];
