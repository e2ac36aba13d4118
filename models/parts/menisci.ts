/**
 * Menisci: a wedge section (thick at the rim, thin inner edge) swept round an elliptical arc —
 * an open C medially, a nearly closed O laterally [M1][M2][M3]. The underside sits on the tibial
 * cartilage and the top is kept just below the femoral cartilage.
 */
import { cartilage, meniscus as M } from '../anatomy';
import type { Mesh } from '../geometry/mesh';
import { ringsToMesh } from '../geometry/rings';
import type { Sdf } from '../geometry/sdf';
import { smoothstep, type Vec3 } from '../geometry/vec';
import { femurSdf } from './femur';
import { tibiaSdf } from './tibia';

type Spec = (typeof M)['medial'];

/** Height where `sdf` reaches `level`, scanning upward from y0 (surface finding by bisection). */
export const surfaceY = (sdf: Sdf, x: number, z: number, level: number, y0: number, y1: number): number => {
  let lo = y0;
  let hi = y1;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (sdf([x, mid, z]) < level) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};

/** Three-point profile over the arc: anterior horn → body → posterior horn. */
const along = (v: { anterior: number; body: number; posterior: number }, sinT: number): number =>
  sinT >= 0 ? v.body + (v.anterior - v.body) * sinT : v.body + (v.posterior - v.body) * -sinT;

/** Wedge section in (radial, up) units; index 0..7 round the section. */
const wedge = (w: number, h: number): [number, number][] => [
  [-w / 2, 0.25],
  [-w / 2 + 1.2, 0],
  [w / 2 - 1, 0],
  [w / 2, 0.9],
  [w / 2, h - 1.3],
  [w / 2 - 1.4, h],
  [w / 2 - w * 0.45, h * 0.6],
  [-w / 2 + w * 0.2, h * 0.18],
];

export const buildMeniscus = (side: 'medial' | 'lateral'): Mesh => {
  const spec: Spec = M[side];
  const s = side === 'medial' ? 1 : -1; // peripheral direction is +X medially, −X laterally
  const [cx, , cz] = spec.centre;
  const steps = 72;
  const end = (spec.hornAngle * Math.PI) / 180;
  const rings: Vec3[][] = [];
  for (let i = 0; i <= steps; i++) {
    const th = -end + (2 * end * i) / steps;
    const cosT = Math.cos(th);
    const sinT = Math.sin(th);
    const px = cx + s * spec.semiAxes.ml * cosT;
    const pz = cz + spec.semiAxes.ap * sinT;
    const nx = (s * cosT) / spec.semiAxes.ml;
    const nz = sinT / spec.semiAxes.ap;
    const nl = Math.hypot(nx, nz);
    const taper = smoothstep(0, 0.12, i / steps) * smoothstep(0, 0.12, 1 - i / steps);
    const w = along(spec.width, sinT) * (0.6 + 0.4 * taper);
    const h = along(spec.height, sinT) * (0.35 + 0.65 * taper);
    rings.push(
      wedge(w, h).map(([r, up]): Vec3 => {
        const x = px + (nx / nl) * r;
        const z = pz + (nz / nl) * r;
        const floor = surfaceY(tibiaSdf, x, z, cartilage.tibia, -15, 12);
        const ceiling = surfaceY((p) => -femurSdf(p), x, z, -(cartilage.femur + 0.3), floor, 40);
        return [x, Math.min(floor + up, Math.max(floor + 0.4, ceiling)), z];
      }),
    );
  }
  return ringsToMesh(rings);
};
