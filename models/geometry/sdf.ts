/**
 * Signed distance primitives and operators in mm. Convention: negative inside, positive outside
 * (Inigo Quilez style). Some primitives (ellipsoid, loft) are bounds rather than exact distances,
 * which is enough for level-set meshing and for pushing band centrelines out of bone.
 */
import { clamp, type Vec3 } from './vec';

export type Sdf = (p: Vec3) => number;

export const sphere =
  (c: Vec3, r: number): Sdf =>
  (p) =>
    Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) - r;

/** Ellipsoid bound (iq): good near the surface, which is where it matters. */
export const ellipsoid =
  (c: Vec3, r: Vec3): Sdf =>
  (p) => {
    const x = p[0] - c[0];
    const y = p[1] - c[1];
    const z = p[2] - c[2];
    const k0 = Math.hypot(x / r[0], y / r[1], z / r[2]);
    const k1 = Math.hypot(x / (r[0] * r[0]), y / (r[1] * r[1]), z / (r[2] * r[2]));
    return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(r[0], r[1], r[2]);
  };

/** Capsule with radius varying linearly from ra (at a) to rb (at b); approximate for ra≠rb. */
export const roundCone =
  (a: Vec3, b: Vec3, ra: number, rb: number): Sdf =>
  (p) => {
    const bx = b[0] - a[0];
    const by = b[1] - a[1];
    const bz = b[2] - a[2];
    const px = p[0] - a[0];
    const py = p[1] - a[1];
    const pz = p[2] - a[2];
    const h = clamp((px * bx + py * by + pz * bz) / (bx * bx + by * by + bz * bz), 0, 1);
    return Math.hypot(px - bx * h, py - by * h, pz - bz * h) - (ra + (rb - ra) * h);
  };

/** Axis-aligned box with rounded edges (radius r, included in the half-size). */
export const roundBox =
  (c: Vec3, half: Vec3, r: number): Sdf =>
  (p) => {
    const qx = Math.abs(p[0] - c[0]) - half[0] + r;
    const qy = Math.abs(p[1] - c[1]) - half[1] + r;
    const qz = Math.abs(p[2] - c[2]) - half[2] + r;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
    return outside + Math.min(Math.max(qx, qy, qz), 0) - r;
  };

/** Half-space n·p <= d (n unit). */
export const plane =
  (n: Vec3, d: number): Sdf =>
  (p) =>
    p[0] * n[0] + p[1] * n[1] + p[2] * n[2] - d;

/** Polynomial smooth minimum (iq), blend radius k. */
export const smin = (a: number, b: number, k: number): number => {
  if (k <= 0) return Math.min(a, b);
  const h = clamp(0.5 + (0.5 * (b - a)) / k, 0, 1);
  return b + (a - b) * h - k * h * (1 - h);
};
export const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

export const union =
  (k: number, ...parts: Sdf[]): Sdf =>
  (p) => {
    let d = Number.POSITIVE_INFINITY;
    for (const f of parts) d = d === Number.POSITIVE_INFINITY ? f(p) : smin(d, f(p), k);
    return d;
  };
export const subtract =
  (base: Sdf, cut: Sdf, k: number): Sdf =>
  (p) =>
    smax(base(p), -cut(p), k);
export const intersect =
  (a: Sdf, b: Sdf, k: number): Sdf =>
  (p) =>
    smax(a(p), b(p), k);
/** A shell of the given thickness outside the surface of `f`, sunk `inset` mm into it. */
export const shell =
  (f: Sdf, thickness: number, inset: number): Sdf =>
  (p) => {
    const d = f(p);
    return Math.max(d - thickness, -(d + inset));
  };

/** Central-difference gradient (unit length). */
export const gradient = (f: Sdf, p: Vec3, h = 0.25): Vec3 => {
  const gx = f([p[0] + h, p[1], p[2]]) - f([p[0] - h, p[1], p[2]]);
  const gy = f([p[0], p[1] + h, p[2]]) - f([p[0], p[1] - h, p[2]]);
  const gz = f([p[0], p[1], p[2] + h]) - f([p[0], p[1], p[2] - h]);
  const l = Math.hypot(gx, gy, gz);
  return l > 1e-12 ? [gx / l, gy / l, gz / l] : [0, 1, 0];
};
