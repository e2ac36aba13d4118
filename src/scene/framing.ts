import { Box3, type Mesh, type Object3D, Sphere, Vector3 } from 'three';
import { defaultLayers } from '../content/schema';
import { getStructure } from '../content/structures';

/** A small structure still shows some of its neighbourhood. */
export const MIN_FOCUS_RADIUS = 0.045;
export const FOCUS_PADDING = 1.7;

const box = new Box3();
const part = new Box3();

const whole = new Sphere();
const joints = new WeakMap<Object3D, Box3>();

/**
 * The box of the knee as it opens: all but the layers off at start. The neighbours (skin,
 * muscles: issue #13) reach farther, but the whole-knee framing, the poster's, must not move when a
 * layer is toggled. Read once per model (the meshes never move).
 */
export const jointBox = (knee: Object3D): Box3 => {
  let found = joints.get(knee);
  if (!found) {
    found = new Box3();
    for (const child of knee.children) {
      const category = getStructure(child.name)?.category;
      if (!category || defaultLayers[category]) found.union(part.setFromObject(child));
    }
    // Kept once the meshes are there (an empty group, before they mount, is asked again).
    if (!found.isEmpty()) joints.set(knee, found);
  }
  return found;
};

/**
 * The sphere the camera frames for these structures: the bounding sphere of the union of their
 * boxes, padded (never smaller than MIN_FOCUS_RADIUS, nor larger than the whole knee's, so a group of
 * long tendons is never framed from farther than the knee itself). With no id found, the whole knee.
 */
export const sphereOf = (root: Object3D, ids: readonly string[], target = new Sphere()): Sphere => {
  box.makeEmpty();
  for (const id of ids) {
    const object = root.getObjectByName(id);
    if (object) box.union(part.setFromObject(object));
  }
  jointBox(root.getObjectByName('knee') ?? root).getBoundingSphere(whole);
  if (box.isEmpty()) return target.copy(whole);
  box.getBoundingSphere(target);
  target.radius = Math.min(Math.max(target.radius * FOCUS_PADDING, MIN_FOCUS_RADIUS), whole.radius);
  return target;
};

/** A group fills about four fifths of the view's short side. */
export const GROUP_PADDING = 1.25;
const right = new Vector3();
const up = new Vector3();
const corner = new Vector3();

/**
 * The sphere that frames a group of structures seen from this azimuth and polar angle
 * (camera-controls' angles): centred on their joint box, its radius the box's larger half-extent
 * across the view (not its 3D half-diagonal, which long tendons seen side-on would inflate), padded
 * by GROUP_PADDING and capped, as sphereOf is, at the whole knee.
 */
export const groupSphere = (
  root: Object3D,
  ids: readonly string[],
  azimuth: number,
  polar: number,
  target = new Sphere(),
): Sphere => {
  sphereOf(root, ids, target);
  if (box.isEmpty()) return target;
  const cap = whole.radius;
  box.getCenter(target.center);
  right.set(Math.cos(azimuth), 0, -Math.sin(azimuth));
  up.set(-Math.cos(polar) * Math.sin(azimuth), Math.sin(polar), -Math.cos(polar) * Math.cos(azimuth));
  let half = 0;
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    corner.sub(target.center);
    half = Math.max(half, Math.abs(corner.dot(right)), Math.abs(corner.dot(up)));
  }
  target.radius = Math.min(Math.max(half * GROUP_PADDING, MIN_FOCUS_RADIUS), cap);
  return target;
};

const centre = new Vector3();
const kneeCentre = new Vector3();
const v = new Vector3();
const cache = new WeakMap<Object3D, number | null>();
/** Nearer the knee's vertical axis than this (metres), a structure faces no side in particular. */
const DEEP = 0.012;

/** The eigenvector of the smallest eigenvalue of a 3×3 covariance: a band's thickness direction. */
const thinnest = (c: readonly number[]): Vector3 => {
  const [xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0] = c;
  // Power iteration on (trace·I − C) turns the smallest eigenvalue into the largest.
  const t = xx + yy + zz;
  const out = new Vector3(0.31, 0.17, 0.93).normalize();
  for (let k = 0; k < 60; k++) {
    out.set(
      (t - xx) * out.x - xy * out.y - xz * out.z,
      -xy * out.x + (t - yy) * out.y - yz * out.z,
      -xz * out.x - yz * out.y + (t - zz) * out.z,
    );
    if (out.lengthSq() === 0) out.set(0, 0, 1);
    out.normalize();
  }
  return out;
};

/** v·C·v for a unit vector: the variance along it. */
const along = (c: readonly number[], u: Vector3): number => {
  const [xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0] = c;
  return (
    xx * u.x * u.x + yy * u.y * u.y + zz * u.z * u.z + 2 * (xy * u.x * u.y + xz * u.x * u.z + yz * u.y * u.z)
  );
};

/** The largest eigenvalue of a covariance (power iteration). */
const largest = (c: readonly number[]): number => {
  const [xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0] = c;
  const u = new Vector3(0.3, 1, 0.2).normalize();
  for (let k = 0; k < 60; k++) {
    u.set(xx * u.x + xy * u.y + xz * u.z, xy * u.x + yy * u.y + yz * u.z, xz * u.x + yz * u.y + zz * u.z);
    if (u.lengthSq() === 0) return 0;
    u.normalize();
  }
  return along(c, u);
};

/** A band is much thinner than it is wide; a cord (round in section) is not. */
const BAND = 0.35;

/** Covariance of a mesh's vertices in world space (xx, xy, xz, yy, yz, zz). */
const covariance = (mesh: Mesh): number[] => {
  const pos = mesh.geometry.getAttribute('position');
  const n = pos.count;
  const mean = new Vector3();
  for (let i = 0; i < n; i++) mean.add(v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld));
  mean.divideScalar(Math.max(1, n));
  const c = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const { x, y, z } = v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).sub(mean);
    c[0] = (c[0] ?? 0) + x * x;
    c[1] = (c[1] ?? 0) + x * y;
    c[2] = (c[2] ?? 0) + x * z;
    c[3] = (c[3] ?? 0) + y * y;
    c[4] = (c[4] ?? 0) + y * z;
    c[5] = (c[5] ?? 0) + z * z;
  }
  return c;
};

/**
 * The azimuth (camera-controls: 0 = from the front, +π/2 = from +X) from which a structure is best
 * seen, or null for one deep in the joint (keep the current side). A flat band (ligament, tendon) is
 * seen face-on: along its thinnest axis, turned away from the knee's centre, so the sMCL is seen
 * from medial and never edge-on. Anything else is seen from the side it lies on.
 */
export const bestAzimuth = (object: Object3D, knee: Object3D, band: boolean): number | null => {
  if (cache.has(object)) return cache.get(object) ?? null;
  new Box3().setFromObject(object).getCenter(centre);
  jointBox(knee).getCenter(kneeCentre);
  const out = centre.clone().sub(kneeCentre).setY(0);
  let result: number | null = out.length() < DEEP ? null : Math.atan2(out.x, out.z);
  const mesh = object as Mesh;
  if (band && mesh.isMesh) {
    const c = covariance(mesh);
    const thin = thinnest(c);
    const min = along(c, thin);
    const mid = (c[0] ?? 0) + (c[3] ?? 0) + (c[5] ?? 0) - largest(c) - min;
    const n = thin.setY(0);
    // A flat band is seen face-on; a cord, or a band lying flat, from the side it lies on.
    if (mid > 0 && min / mid < BAND && n.length() > 0.5) {
      if (n.dot(out) < 0) n.negate();
      result = Math.atan2(n.x, n.z);
    }
  }
  cache.set(object, result);
  return result;
};

/**
 * The side a group of structures lies on (an azimuth, as in bestAzimuth: from where their joint box
 * lies off the knee's vertical axis), or null for a group deep in the joint (keep the current side).
 */
export const groupAzimuth = (root: Object3D, ids: readonly string[]): number | null => {
  const knee = root.getObjectByName('knee');
  box.makeEmpty();
  for (const id of ids) {
    const object = root.getObjectByName(id);
    if (object) box.union(part.setFromObject(object));
  }
  if (!knee || box.isEmpty()) return null;
  box.getCenter(centre);
  jointBox(knee).getCenter(kneeCentre);
  const out = centre.sub(kneeCentre).setY(0);
  return out.length() < DEEP ? null : Math.atan2(out.x, out.z);
};
