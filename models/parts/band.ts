/**
 * Band builder: Catmull-Rom centreline through attachment and via points, wrapped outside the
 * bones (half thickness + clearance + layer), swept with a flat section whose face lies on the bone.
 */
import type { StructureId } from '../../src/content/structure-ids';
import { catmullRom, polylineLength, profile, resample } from '../geometry/curve';
import type { Mesh } from '../geometry/mesh';
import type { Sdf } from '../geometry/sdf';
import { sweep } from '../geometry/sweep';
import { smoothstep, type Vec3 } from '../geometry/vec';
import { bandNormals, tangents, wrapCurve } from '../geometry/wrap';

export interface BandSpec {
  readonly id: StructureId;
  /** attachment → via points → attachment, mm */
  readonly path: readonly Vec3[];
  /** width profile along the band (evenly spaced values), mm */
  readonly width: readonly number[];
  /** thickness profile, mm */
  readonly thickness: readonly number[];
  /** extra clearance for bands lying over other soft tissue, mm (a profile along the band if an array) */
  readonly layer?: number | readonly number[];
  /** fixed thickness direction instead of the bone normal */
  readonly hint?: Vec3;
  /** 2 = elliptic (cords), 3–4 = flat bands */
  readonly squareness?: number;
  readonly sides?: number;
  /** round the start / end into a semicircular tip over this many mm */
  readonly roundEnds?: readonly [number, number];
  /** skip wrapping (free-running bands) */
  readonly free?: boolean;
}

export interface BandCentreline {
  readonly points: Vec3[];
  readonly tangents: Vec3[];
  readonly normals: Vec3[];
  readonly widths: number[];
  readonly thicknesses: number[];
}

const CLEARANCE = 0.4;

/** The wrapped centreline with frames; kept separate so injection-site anchors can reuse it. */
export const bandCentreline = (spec: BandSpec, bone: Sdf): BandCentreline => {
  const dense = catmullRom(spec.path, 24);
  const count = Math.max(12, Math.round(polylineLength(dense) / 2.2));
  const s = (i: number): number => i / (count - 1);
  const ht = (t: number): number => profile(spec.thickness, t) / 2;
  const layers = typeof spec.layer === 'number' ? [spec.layer] : (spec.layer ?? [0]);
  const layer = (t: number): number => profile(layers, t);
  // attachments sink into the bone; the free span keeps clear of it
  // attachments descend over 8 mm + 2.5 mm per mm of layer, so deep layers come down gently
  const ramp0 = Math.min(0.4, (8 + 2.5 * layer(0)) / polylineLength(dense));
  const ramp1 = Math.min(0.4, (8 + 2.5 * layer(1)) / polylineLength(dense));
  const target = (t: number): number => {
    const ramp = smoothstep(0, ramp0, t) * smoothstep(0, ramp1, 1 - t);
    return ht(t) * (0.2 + 0.8 * ramp) + (CLEARANCE + layer(t)) * ramp;
  };
  let pts = resample(dense, count);
  if (!spec.free) pts = resample(wrapCurve(bone, pts, target), count);
  const tan = tangents(pts);
  // semicircular tips: width ∝ √(1 − (1 − d/L)²) over the last L mm of each rounded end
  const arc: number[] = [0];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] ?? [0, 0, 0];
    const b = pts[i] ?? a;
    arc.push((arc[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = arc[arc.length - 1] ?? 1;
  const cap = (d: number, l: number): number => (l > 0 && d < l ? Math.sqrt(1 - (1 - d / l) ** 2) : 1);
  const [r0, r1] = spec.roundEnds ?? [0, 0];
  const tip = (i: number): number => Math.max(0.3, cap(arc[i] ?? 0, r0) * cap(total - (arc[i] ?? 0), r1));
  return {
    points: pts,
    tangents: tan,
    normals: bandNormals(bone, pts, tan, spec.hint),
    widths: pts.map((_, i) => profile(spec.width, s(i)) * tip(i)),
    thicknesses: pts.map((_, i) => profile(spec.thickness, s(i)) * Math.sqrt(tip(i))),
  };
};

export const buildBand = (spec: BandSpec, bone: Sdf): Mesh => {
  const c = bandCentreline(spec, bone);
  const maxW = Math.max(...spec.width);
  return sweep({
    centre: c.points,
    tangents: c.tangents,
    normals: c.normals,
    widths: c.widths,
    thicknesses: c.thicknesses,
    sides: spec.sides ?? (maxW > 12 ? 16 : 12),
    squareness: spec.squareness ?? 3,
  });
};
