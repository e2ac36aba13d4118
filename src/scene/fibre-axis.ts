import { type BufferGeometry, Vector3 } from 'three';

/**
 * The direction a structure's fibres run: the principal axis of its vertices (power iteration on
 * the covariance) in metric space (positions × the mesh's scale), cached on the geometry. Ligaments and tendons are long bands, so this is the
 * line of pull the collagen aligns with during remodelling.
 */
export const fibreAxis = (geometry: BufferGeometry, scale: Vector3): Vector3 => {
  const cached = geometry.userData.fibreAxis as Vector3 | undefined;
  if (cached) return cached;
  const pos = geometry.getAttribute('position');
  const n = pos.count;
  const mean = new Vector3();
  const at = (i: number) => new Vector3(pos.getX(i), pos.getY(i), pos.getZ(i)).multiply(scale);
  for (let i = 0; i < n; i++) mean.add(at(i));
  mean.divideScalar(Math.max(1, n));
  let [xx, xy, xz, yy, yz, zz] = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const { x, y, z } = at(i).sub(mean);
    xx += x * x;
    xy += x * y;
    xz += x * z;
    yy += y * y;
    yz += y * z;
    zz += z * z;
  }
  const v = new Vector3(0.3, 1, 0.2).normalize();
  for (let k = 0; k < 40; k++) {
    v.set(xx * v.x + xy * v.y + xz * v.z, xy * v.x + yy * v.y + yz * v.z, xz * v.x + yz * v.y + zz * v.z);
    if (v.lengthSq() === 0) v.set(0, 1, 0);
    v.normalize();
  }
  geometry.userData.fibreAxis = v;
  return v;
};
