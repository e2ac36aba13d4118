import { BoxGeometry, CylinderGeometry, Euler, Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { fibreAxis } from '../../src/scene/fibre-axis';

const ONE = new Vector3(1, 1, 1);
const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

/** |cos| of the angle between the axis and a direction: the axis' sign is arbitrary. */
const alignment = (axis: Vector3, direction: Vector3) => Math.abs(axis.dot(direction.clone().normalize()));

describe('fibreAxis', () => {
  it('a long thin box along Y runs along ±Y', () => {
    const axis = fibreAxis(new BoxGeometry(0.1, 2, 0.1, 1, 8, 1), ONE);
    expect(alignment(axis, Y)).toBeGreaterThan(0.99);
    expect(alignment(axis, X)).toBeLessThan(0.05);
    expect(alignment(axis, Z)).toBeLessThan(0.05);
  });

  it('a long box along X or Z runs along that axis', () => {
    expect(alignment(fibreAxis(new BoxGeometry(3, 0.2, 0.2), ONE), X)).toBeGreaterThan(0.99);
    expect(alignment(fibreAxis(new BoxGeometry(0.2, 0.2, 3), ONE), Z)).toBeGreaterThan(0.99);
  });

  it('a long cylinder (a ligament band) runs along its length', () => {
    const axis = fibreAxis(new CylinderGeometry(0.05, 0.05, 1.5, 12, 6), ONE);
    expect(alignment(axis, Y)).toBeGreaterThan(0.99);
  });

  it('follows the geometry after it is rotated onto a diagonal', () => {
    const geometry = new BoxGeometry(0.1, 2, 0.1, 1, 8, 1);
    geometry.applyMatrix4(new Matrix4().makeRotationFromEuler(new Euler(0, 0, Math.PI / 4)));
    const axis = fibreAxis(geometry, ONE);
    expect(alignment(axis, new Vector3(-1, 1, 0))).toBeGreaterThan(0.99);
    expect(alignment(axis, Y)).toBeCloseTo(Math.SQRT1_2, 2);
  });

  it('follows a rotation off every axis', () => {
    const geometry = new CylinderGeometry(0.05, 0.05, 2, 8, 4);
    const rotation = new Euler(0.4, 0.7, -0.9);
    geometry.applyMatrix4(new Matrix4().makeRotationFromEuler(rotation));
    const expected = Y.clone().applyEuler(rotation);
    expect(alignment(fibreAxis(geometry, ONE), expected)).toBeGreaterThan(0.99);
  });

  it('measures in metric space: an anisotropic scale picks the longest axis', () => {
    expect(alignment(fibreAxis(new BoxGeometry(1, 1, 1), new Vector3(1, 5, 1)), Y)).toBeGreaterThan(0.99);
    expect(alignment(fibreAxis(new BoxGeometry(1, 1, 1), new Vector3(1, 1, 5)), Z)).toBeGreaterThan(0.99);
  });

  it('a scale can overturn the geometry’s own long axis', () => {
    const longInY = () => new BoxGeometry(0.2, 1, 0.2);
    expect(alignment(fibreAxis(longInY(), ONE), Y)).toBeGreaterThan(0.99);
    expect(alignment(fibreAxis(longInY(), new Vector3(20, 1, 1)), X)).toBeGreaterThan(0.99);
  });

  it('returns a unit vector', () => {
    for (const [geometry, scale] of [
      [new BoxGeometry(0.1, 2, 0.1), ONE],
      [new BoxGeometry(1, 1, 1), new Vector3(3, 0.5, 7)],
      [new CylinderGeometry(0.3, 0.3, 0.4), new Vector3(100, 100, 100)],
    ] as const) {
      expect(fibreAxis(geometry, scale).length()).toBeCloseTo(1, 9);
    }
  });

  it('caches the axis on geometry.userData and returns the same object', () => {
    const geometry = new BoxGeometry(0.1, 2, 0.1);
    const first = fibreAxis(geometry, ONE);
    expect(geometry.userData.fibreAxis).toBe(first);
    // The cache is per geometry: a different scale on the second call does not recompute.
    const second = fibreAxis(geometry, new Vector3(50, 1, 1));
    expect(second).toBe(first);
    expect(alignment(second, Y)).toBeGreaterThan(0.99);
  });

  it('separate geometries keep separate caches', () => {
    const a = fibreAxis(new BoxGeometry(0.1, 2, 0.1), ONE);
    const b = fibreAxis(new BoxGeometry(2, 0.1, 0.1), ONE);
    expect(a).not.toBe(b);
    expect(alignment(b, X)).toBeGreaterThan(0.99);
  });
});
