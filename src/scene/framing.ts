import { Box3, type Object3D, Sphere } from 'three';

/** A small structure still shows some of its neighbourhood. */
export const MIN_FOCUS_RADIUS = 0.045;
export const FOCUS_PADDING = 1.7;

const box = new Box3();
const part = new Box3();

/**
 * The sphere the camera frames for these structures: the bounding sphere of the union of their
 * boxes, padded (never smaller than MIN_FOCUS_RADIUS). With no id found, the whole knee unpadded.
 */
export const sphereOf = (root: Object3D, ids: readonly string[], target = new Sphere()): Sphere => {
  box.makeEmpty();
  for (const id of ids) {
    const object = root.getObjectByName(id);
    if (object) box.union(part.setFromObject(object));
  }
  const focused = !box.isEmpty();
  if (!focused) box.setFromObject(root.getObjectByName('knee') ?? root);
  box.getBoundingSphere(target);
  if (focused) target.radius = Math.max(target.radius * FOCUS_PADDING, MIN_FOCUS_RADIUS);
  return target;
};
