import { Box3, BoxGeometry, Group, Mesh, Sphere, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { FOCUS_PADDING, groupAzimuth, MIN_FOCUS_RADIUS, sphereOf } from '../../src/scene/framing';

const box = (
  name: string,
  size: readonly [number, number, number],
  at: readonly [number, number, number],
) => {
  const mesh = new Mesh(new BoxGeometry(...size));
  mesh.name = name;
  mesh.position.set(...at);
  return mesh;
};

/** root > knee > { femur, tibia, meniscus, tiny }, a little like the real scene graph. */
const scene = () => {
  const root = new Group();
  const knee = new Group();
  knee.name = 'knee';
  knee.add(
    box('femur', [0.1, 0.2, 0.1], [0, 0.15, 0]),
    box('tibia', [0.1, 0.2, 0.1], [0, -0.15, 0]),
    box('meniscus', [0.08, 0.02, 0.08], [0.3, 0, 0]),
    box('tiny', [0.001, 0.001, 0.001], [0.01, 0.02, 0.03]),
  );
  root.add(knee);
  root.updateMatrixWorld(true);
  return root;
};

const halfDiagonal = (x: number, y: number, z: number) => Math.hypot(x, y, z) / 2;
/** The knee's box spans x −0.05…0.34, y −0.25…0.25, z −0.05…0.05: the cap on any framing. */
const KNEE_RADIUS = halfDiagonal(0.39, 0.5, 0.1);

describe('sphereOf', () => {
  it('pads the bounding sphere of one structure by FOCUS_PADDING', () => {
    const s = sphereOf(scene(), ['femur']);
    expect(s.center.x).toBeCloseTo(0, 6);
    expect(s.center.y).toBeCloseTo(0.15, 6);
    expect(s.center.z).toBeCloseTo(0, 6);
    expect(s.radius).toBeCloseTo(halfDiagonal(0.1, 0.2, 0.1) * FOCUS_PADDING, 6);
  });

  it('frames the union of several boxes and contains both', () => {
    const root = scene();
    const s = sphereOf(root, ['femur', 'tibia']);
    expect(s.center.y).toBeCloseTo(0, 6);
    // Union box spans 0.1 × 0.5 × 0.1 (y from -0.25 to 0.25); padded, it would outgrow the knee.
    expect(halfDiagonal(0.1, 0.5, 0.1) * FOCUS_PADDING).toBeGreaterThan(KNEE_RADIUS);
    expect(s.radius).toBeCloseTo(KNEE_RADIUS, 6);
    for (const id of ['femur', 'tibia']) {
      const object = root.getObjectByName(id);
      if (!object) throw new Error(id);
      const b = new Box3().setFromObject(object);
      expect(s.containsPoint(b.min)).toBe(true);
      expect(s.containsPoint(b.max)).toBe(true);
    }
  });

  it('contains two well separated boxes with their centre in between', () => {
    const root = scene();
    const s = sphereOf(root, ['femur', 'meniscus']);
    const union = new Box3();
    for (const id of ['femur', 'meniscus']) {
      const object = root.getObjectByName(id);
      if (object) union.union(new Box3().setFromObject(object));
    }
    const centre = union.getCenter(new Vector3());
    expect(s.center.distanceTo(centre)).toBeLessThan(1e-9);
    const padded = (union.getSize(new Vector3()).length() / 2) * FOCUS_PADDING;
    expect(s.radius).toBeCloseTo(Math.min(padded, KNEE_RADIUS), 6);
    const corners = [union.min, union.max, new Vector3(union.min.x, union.max.y, union.max.z)];
    for (const corner of corners) expect(s.containsPoint(corner)).toBe(true);
  });

  it('never frames a group from farther than the whole knee', () => {
    const root = scene();
    const knee = sphereOf(root, []);
    expect(knee.radius).toBeCloseTo(KNEE_RADIUS, 6);
    for (const ids of [
      ['femur', 'tibia', 'meniscus'],
      ['femur', 'tibia'],
      ['tibia', 'meniscus'],
    ]) {
      expect(sphereOf(root, ids).radius).toBeLessThanOrEqual(knee.radius + 1e-9);
    }
  });

  it('gives a tiny structure MIN_FOCUS_RADIUS around its centre', () => {
    const s = sphereOf(scene(), ['tiny']);
    expect(halfDiagonal(0.001, 0.001, 0.001) * FOCUS_PADDING).toBeLessThan(MIN_FOCUS_RADIUS);
    expect(s.radius).toBe(MIN_FOCUS_RADIUS);
    expect(s.center.x).toBeCloseTo(0.01, 6);
    expect(s.center.y).toBeCloseTo(0.02, 6);
    expect(s.center.z).toBeCloseTo(0.03, 6);
  });

  it('skips unknown ids among known ones', () => {
    const root = scene();
    const known = sphereOf(root, ['femur']);
    const mixed = sphereOf(root, ['nope', 'femur', 'also-nope']);
    expect(mixed.center.distanceTo(known.center)).toBeLessThan(1e-9);
    expect(mixed.radius).toBeCloseTo(known.radius, 9);
  });

  it('falls back to the whole knee, unpadded, when no id is found', () => {
    const root = scene();
    const knee = root.getObjectByName('knee');
    if (!knee) throw new Error('knee');
    const expected = new Box3().setFromObject(knee).getBoundingSphere(new Sphere());
    for (const ids of [['nope'], []]) {
      const s = sphereOf(root, ids);
      expect(s.center.distanceTo(expected.center)).toBeLessThan(1e-9);
      expect(s.radius).toBeCloseTo(expected.radius, 9);
    }
  });

  it('the knee fallback ignores anything outside the knee group', () => {
    const root = scene();
    root.add(box('far-away', [0.1, 0.1, 0.1], [10, 0, 0]));
    root.updateMatrixWorld(true);
    const s = sphereOf(root, ['missing']);
    expect(s.center.x).toBeLessThan(1);
    expect(s.radius).toBeLessThan(1);
  });

  it('respects world transforms of parents', () => {
    const root = scene();
    root.position.set(1, 2, 3);
    root.scale.setScalar(2);
    root.updateMatrixWorld(true);
    const s = sphereOf(root, ['femur']);
    expect(s.center.x).toBeCloseTo(1, 6);
    expect(s.center.y).toBeCloseTo(2 + 0.15 * 2, 6);
    expect(s.center.z).toBeCloseTo(3, 6);
    expect(s.radius).toBeCloseTo(halfDiagonal(0.2, 0.4, 0.2) * FOCUS_PADDING, 6);
  });

  it('writes into and returns the given target', () => {
    const target = new Sphere();
    const s = sphereOf(scene(), ['femur'], target);
    expect(s).toBe(target);
    expect(target.radius).toBeGreaterThan(0);
  });
});

describe('groupAzimuth', () => {
  it('faces the side a group lies on: off the knee towards +X is seen from +X (π/2)', () => {
    const a = groupAzimuth(scene(), ['meniscus', 'tiny']);
    expect(a).not.toBeNull();
    expect(a ?? 0).toBeCloseTo(Math.PI / 2, 1);
  });

  it('keeps the current side for a group on the knee axis, or with no id found', () => {
    expect(groupAzimuth(scene(), ['femur', 'tibia', 'meniscus'])).toBeNull();
    expect(groupAzimuth(scene(), ['nothing'])).toBeNull();
  });
});
