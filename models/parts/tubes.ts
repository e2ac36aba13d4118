/**
 * Nerves and vessels: round tubes (8 sides) swept along a Catmull-Rom centreline that is pushed
 * clear of bone by its radius plus a clearance (anatomy-neighbours.ts has the paths and diameters).
 */
import type { StructureId } from '../../src/content/structure-ids';
import { nerves, type TubeSpec, vessels } from '../anatomy-neighbours';
import { catmullRom, polylineLength, resample } from '../geometry/curve';
import type { Mesh } from '../geometry/mesh';
import type { Sdf } from '../geometry/sdf';
import { sweep } from '../geometry/sweep';
import { cross, dot, normalize, reject, type Vec3 } from '../geometry/vec';
import { tangents, wrapCurve } from '../geometry/wrap';

/** Sides round a nerve or vessel: round enough at the closest framing, cheap in the file. */
export const TUBE_SIDES = 8;
/** Centreline samples are about this far apart, mm. */
const STEP = 4;

export const tubeSpecs: ReadonlyMap<StructureId, TubeSpec> = new Map<StructureId, TubeSpec>([
  ...(Object.entries(nerves) as [StructureId, TubeSpec][]),
  ...(Object.entries(vessels) as [StructureId, TubeSpec][]),
]);

/** A tube's centreline: the spec's curve, resampled and pushed clear of bone. */
export const tubeCentreline = (spec: TubeSpec, bone: Sdf): Vec3[] => {
  const dense = catmullRom(spec.path, 24);
  const count = Math.max(8, Math.round(polylineLength(dense) / STEP));
  const keep = spec.diameter / 2 + spec.clearance;
  return wrapCurve(bone, resample(dense, count), () => keep, 4);
};

/** Parallel-transported normals: a frame that does not twist along the curve. */
const transport = (tan: readonly Vec3[]): Vec3[] => {
  const first = tan[0] ?? [0, 1, 0];
  const seed: Vec3 = Math.abs(first[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
  let n = normalize(reject(seed, first));
  return tan.map((t) => {
    n = normalize(reject(n, t));
    if (!Number.isFinite(dot(n, n))) n = normalize(cross(t, [1, 0, 0]));
    return n;
  });
};

export const buildTube = (spec: TubeSpec, bone: Sdf): Mesh => {
  const centre = tubeCentreline(spec, bone);
  const tan = tangents(centre);
  const d = centre.map(() => spec.diameter);
  return sweep({
    centre,
    tangents: tan,
    normals: transport(tan),
    widths: d,
    thicknesses: d,
    sides: TUBE_SIDES,
    squareness: 2,
  });
};
