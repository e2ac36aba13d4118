/**
 * Muscle bellies: flattened elliptical sections swept along a centreline kept clear of bone by half
 * their thickness plus a clearance (no ramp into bone, unlike tendon attachments), so they lie on
 * the bone without entering it. The distal end tapers onto the tendon it becomes.
 */
import type { StructureId } from '../../src/content/structure-ids';
import { type BellySpec, bellies } from '../anatomy-muscles';
import { catmullRom, polylineLength, profile, resample } from '../geometry/curve';
import type { Mesh } from '../geometry/mesh';
import type { Sdf } from '../geometry/sdf';
import { sweep } from '../geometry/sweep';
import { bandNormals, tangents, wrapCurve } from '../geometry/wrap';

/** Sides round a belly section: coarse, the belly is a context layer. */
export const BELLY_SIDES = 10;

export const bellySpecs: ReadonlyMap<StructureId, BellySpec> = new Map(
  Object.entries(bellies) as [StructureId, BellySpec][],
);

export const buildBelly = (spec: BellySpec, bone: Sdf): Mesh => {
  const dense = catmullRom(spec.path, 24);
  const count = Math.max(8, Math.round(polylineLength(dense) / 5));
  const s = (i: number): number => i / (count - 1);
  const pts = wrapCurve(
    bone,
    resample(dense, count),
    (t) => profile(spec.thickness, t) / 2 + spec.clearance,
    6,
  );
  const tan = tangents(pts);
  return sweep({
    centre: pts,
    tangents: tan,
    normals: bandNormals(bone, pts, tan),
    widths: pts.map((_, i) => profile(spec.width, s(i))),
    thicknesses: pts.map((_, i) => profile(spec.thickness, s(i))),
    sides: BELLY_SIDES,
    squareness: 2,
  });
};
