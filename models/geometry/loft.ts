/**
 * A vertical "loft": elliptical sections interpolated between key levels, closed with flat caps.
 * Good for bone shafts and metaphyses whose centre and radii drift with height.
 */
import type { Sdf } from './sdf';
import { smoothstep } from './vec';

/** One section: centre (x, z) and semi-axes (rx, rz) at height y. Keys must be sorted by y. */
export interface LoftKey {
  readonly y: number;
  readonly x: number;
  readonly z: number;
  readonly rx: number;
  readonly rz: number;
}

const sectionAt = (keys: readonly LoftKey[], y: number): LoftKey => {
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) throw new Error('loft needs keys');
  if (y <= first.y) return first;
  if (y >= last.y) return last;
  for (let i = 1; i < keys.length; i++) {
    const b = keys[i];
    const a = keys[i - 1];
    if (a && b && y <= b.y) {
      const t = smoothstep(a.y, b.y, y);
      const m = (u: number, v: number): number => u + (v - u) * t;
      return { y, x: m(a.x, b.x), z: m(a.z, b.z), rx: m(a.rx, b.rx), rz: m(a.rz, b.rz) };
    }
  }
  return last;
};

/** Loft SDF; capRound rounds the rim of the flat end caps. */
export const loft = (keys: readonly LoftKey[], capRound = 2): Sdf => {
  const y0 = keys[0]?.y ?? 0;
  const y1 = keys[keys.length - 1]?.y ?? 0;
  return (p) => {
    const s = sectionAt(keys, p[1]);
    const k = Math.hypot((p[0] - s.x) / s.rx, (p[2] - s.z) / s.rz);
    const d2 = (k - 1) * Math.min(s.rx, s.rz) + capRound;
    const dy = Math.max(y0 - p[1], p[1] - y1) + capRound;
    const out = Math.hypot(Math.max(d2, 0), Math.max(dy, 0));
    return out + Math.min(Math.max(d2, dy), 0) - capRound;
  };
};
