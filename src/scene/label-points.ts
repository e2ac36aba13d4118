import { Box3, type BufferGeometry, Matrix3, type Mesh, Vector3 } from 'three';
import type { Box } from '../lib/label-priority';

/** Sides a label anchor can face: ±x (medial/lateral), ±y (up/down), ±z (front/back). */
const SIDES = [
  new Vector3(1, 0, 0),
  new Vector3(-1, 0, 0),
  new Vector3(0, 1, 0),
  new Vector3(0, -1, 0),
  new Vector3(0, 0, 1),
  new Vector3(0, 0, -1),
] as const;
/** A vertex faces a side when its normal is within ~60° of it. */
const FACING = 0.5;
/** Anchors sit this far outside the surface (m), so the occlusion ray does not graze it. */
const LIFT = 0.001;
/** Enough vertices to find a good point on any generated mesh, quickly. */
const MAX_SAMPLES = 20_000;

/** A structure's label anchors, world space: one surface point per side it has a face towards. */
export interface LabelPoints {
  points: readonly Vector3[];
  /** The side each point faces (unit vectors). */
  sides: readonly Vector3[];
  box: Box;
}

const cache = new WeakMap<BufferGeometry, LabelPoints>();

/**
 * For each side, the vertex facing it that lies nearest the middle of the structure's bounding box:
 * a representative point on the outside a viewer from that side sees. Computed once per geometry
 * (the knee's meshes never move); the frame loop only chooses among them.
 */
export const labelPoints = (mesh: Mesh): LabelPoints => {
  const known = cache.get(mesh.geometry);
  if (known) return known;
  mesh.updateWorldMatrix(true, false);
  const world = new Box3().setFromObject(mesh);
  const centre = world.getCenter(new Vector3());
  const normalMatrix = new Matrix3().getNormalMatrix(mesh.matrixWorld);
  const pos = mesh.geometry.getAttribute('position');
  const nor = mesh.geometry.getAttribute('normal');
  const best = SIDES.map(() => ({ d: Number.POSITIVE_INFINITY, p: new Vector3(), n: new Vector3() }));
  const v = new Vector3();
  const n = new Vector3();
  const stride = Math.max(1, Math.floor(pos.count / MAX_SAMPLES));
  for (let i = 0; i < pos.count; i += stride) {
    v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
    if (nor) n.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize();
    else n.subVectors(v, centre).normalize();
    const d = v.distanceToSquared(centre);
    SIDES.forEach((side, k) => {
      const slot = best[k];
      if (slot && n.dot(side) > FACING && d < slot.d) {
        slot.d = d;
        slot.p.copy(v);
        slot.n.copy(n);
      }
    });
  }
  const found = best.flatMap((slot, k) =>
    Number.isFinite(slot.d)
      ? [{ point: slot.p.addScaledVector(slot.n, LIFT), side: SIDES[k] as Vector3 }]
      : [],
  );
  if (found.length === 0) found.push({ point: centre, side: SIDES[4] as Vector3 });
  const result: LabelPoints = {
    points: found.map((f) => f.point),
    sides: found.map((f) => f.side),
    box: { min: world.min.toArray(), max: world.max.toArray() },
  };
  cache.set(mesh.geometry, result);
  return result;
};

const toEye = new Vector3();

/** The anchor that faces the eye most squarely (no allocation: the frame loop calls it). */
export const facingPoint = (lp: LabelPoints, eye: Vector3): Vector3 => {
  let best = lp.points[0] as Vector3;
  let score = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < lp.points.length; k++) {
    const p = lp.points[k] as Vector3;
    const s = toEye
      .subVectors(eye, p)
      .normalize()
      .dot(lp.sides[k] as Vector3);
    if (s > score) {
      score = s;
      best = p;
    }
  }
  return best;
};
