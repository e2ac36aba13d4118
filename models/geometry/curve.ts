/** Centripetal Catmull-Rom curves through control points, resampled evenly by arc length. */
import { distance, lerp, type Vec3 } from './vec';

const at = (pts: readonly Vec3[], i: number): Vec3 => {
  const p = pts[Math.max(0, Math.min(pts.length - 1, i))];
  if (!p) throw new Error('empty curve');
  return p;
};

/** Point on the centripetal Catmull-Rom segment p1→p2 at u ∈ [0, 1]. */
const segment = (p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, u: number): Vec3 => {
  const k = (a: Vec3, b: Vec3): number => Math.max(Math.sqrt(distance(a, b)), 1e-4);
  const t1 = k(p0, p1);
  const t2 = t1 + k(p1, p2);
  const t3 = t2 + k(p2, p3);
  const t = t1 + (t2 - t1) * u;
  const a1 = lerp(p0, p1, t / t1);
  const a2 = lerp(p1, p2, (t - t1) / (t2 - t1));
  const a3 = lerp(p2, p3, (t - t2) / (t3 - t2));
  const b1 = lerp(a1, a2, t / t2);
  const b2 = lerp(a2, a3, (t - t1) / (t3 - t1));
  return lerp(b1, b2, (t - t1) / (t2 - t1));
};

/** Dense polyline through all control points (ends extrapolated by mirroring). */
export const catmullRom = (pts: readonly Vec3[], perSegment = 24): Vec3[] => {
  if (pts.length < 2) throw new Error('a curve needs two points');
  const first = at(pts, 0);
  const last = at(pts, pts.length - 1);
  const ghost0 = lerp(at(pts, 1), first, 2);
  const ghostN = lerp(at(pts, pts.length - 2), last, 2);
  const out: Vec3[] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = i === 0 ? ghost0 : at(pts, i - 1);
    const p3 = i + 2 >= pts.length ? ghostN : at(pts, i + 2);
    for (let s = 0; s < perSegment; s++)
      out.push(segment(p0, at(pts, i), at(pts, i + 1), p3, s / perSegment));
  }
  out.push(last);
  return out;
};

export const polylineLength = (pts: readonly Vec3[]): number => {
  let l = 0;
  for (let i = 1; i < pts.length; i++) l += distance(at(pts, i - 1), at(pts, i));
  return l;
};

/** Resample a polyline to `count` points evenly spaced by arc length. */
export const resample = (pts: readonly Vec3[], count: number): Vec3[] => {
  const total = polylineLength(pts);
  const out: Vec3[] = [at(pts, 0)];
  let seg = 1;
  let acc = 0;
  for (let k = 1; k < count - 1; k++) {
    const want = (total * k) / (count - 1);
    while (seg < pts.length - 1 && acc + distance(at(pts, seg - 1), at(pts, seg)) < want) {
      acc += distance(at(pts, seg - 1), at(pts, seg));
      seg++;
    }
    const a = at(pts, seg - 1);
    const b = at(pts, seg);
    const l = distance(a, b);
    out.push(lerp(a, b, l > 0 ? (want - acc) / l : 0));
  }
  out.push(at(pts, pts.length - 1));
  return out;
};

/** Piecewise-linear profile over s ∈ [0, 1] from evenly spaced values. */
export const profile = (values: readonly number[], s: number): number => {
  if (values.length === 1) return values[0] ?? 0;
  const x = Math.max(0, Math.min(1, s)) * (values.length - 1);
  const i = Math.min(values.length - 2, Math.floor(x));
  const a = values[i] ?? 0;
  const b = values[i + 1] ?? a;
  return a + (b - a) * (x - i);
};
