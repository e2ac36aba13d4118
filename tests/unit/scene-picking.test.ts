import {
  BoxGeometry,
  Group,
  type Intersection,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  PerspectiveCamera,
  Raycaster,
  Vector2,
  Vector3,
} from 'three';
import { describe, expect, it } from 'vitest';
import { NEAR_PX, pickData, pickNear, pickStructure } from '../../src/scene/picking';

/** An object tagged the way StructureMesh tags its meshes. */
const tagged = (structureId: string, seeThrough: boolean): Object3D => {
  const object = new Object3D();
  object.userData = { structureId, seeThrough };
  return object;
};

/** A fake ray hit at this distance (pickStructure reads only the order and the object). */
const hit = (object: Object3D, distance: number): Intersection => ({
  object,
  distance,
  point: new Vector3(0, 0, -distance),
});

const idOf = (h: Intersection): unknown => h.object.userData.structureId;

describe('pickData', () => {
  it('reads structureId and seeThrough from userData', () => {
    expect(pickData(tagged('femur', false))).toEqual({ structureId: 'femur', seeThrough: false });
    expect(pickData(tagged('joint-capsule', true))).toEqual({
      structureId: 'joint-capsule',
      seeThrough: true,
    });
  });

  it('treats a missing or non-boolean seeThrough as solid', () => {
    const object = new Object3D();
    object.userData = { structureId: 'tibia' };
    expect(pickData(object)).toEqual({ structureId: 'tibia', seeThrough: false });
    object.userData = { structureId: 'tibia', seeThrough: 'yes' };
    expect(pickData(object)?.seeThrough).toBe(false);
  });

  it('returns null without a known structure id', () => {
    expect(pickData(new Object3D())).toBeNull();
    expect(pickData(tagged('no-such-structure', false))).toBeNull();
    const object = new Object3D();
    object.userData = { structureId: 42, seeThrough: true };
    expect(pickData(object)).toBeNull();
  });
});

describe('pickStructure', () => {
  it('returns null for no hits', () => {
    expect(pickStructure([])).toBeNull();
  });

  it('the first solid hit wins', () => {
    const hits = [hit(tagged('femur', false), 1), hit(tagged('tibia', false), 2)];
    expect(pickStructure(hits)).toBe('femur');
  });

  it('looks through see-through hits to a solid one behind', () => {
    const hits = [
      hit(tagged('joint-capsule', true), 1),
      hit(tagged('acl', true), 2),
      hit(tagged('femur', false), 3),
    ];
    expect(pickStructure(hits)).toBe('femur');
  });

  it('picks the nearest see-through hit when nothing solid lies behind', () => {
    const hits = [hit(tagged('joint-capsule', true), 1), hit(tagged('acl', true), 2)];
    expect(pickStructure(hits)).toBe('joint-capsule');
  });

  it('ignores objects without a structureId', () => {
    const hits = [hit(new Object3D(), 0.5), hit(tagged('joint-capsule', true), 1), hit(new Object3D(), 2)];
    expect(pickStructure(hits)).toBe('joint-capsule');
    expect(pickStructure([hit(new Object3D(), 1)])).toBeNull();
    const behindMarker = [hit(new Object3D(), 0.5), hit(tagged('patella', false), 1)];
    expect(pickStructure(behindMarker)).toBe('patella');
  });
});

describe('pickStructure with a real Raycaster', () => {
  const build = () => {
    const scene = new Group();
    const capsule = new Mesh(new BoxGeometry(2, 2, 2), new MeshBasicMaterial({ transparent: true }));
    capsule.userData = { structureId: 'joint-capsule', seeThrough: true };
    const femur = new Mesh(new BoxGeometry(0.5, 0.5, 0.5), new MeshBasicMaterial());
    femur.userData = { structureId: 'femur', seeThrough: false };
    scene.add(capsule, femur);
    scene.updateMatrixWorld(true);
    const camera = new PerspectiveCamera(50, 1, 0.1, 100);
    camera.position.set(0, 0, 5);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld(true);
    const raycaster = new Raycaster();
    raycaster.setFromCamera(new Vector2(0, 0), camera);
    return { scene, capsule, femur, raycaster };
  };

  it('the solid femur inside the translucent capsule wins', () => {
    const { scene, raycaster } = build();
    const hits = raycaster.intersectObjects(scene.children, true);
    // The centre ray runs along a face diagonal, so a front face may report both of its triangles.
    const ids = hits.map(idOf);
    expect(ids[0]).toBe('joint-capsule');
    expect(hits[0]?.distance).toBeCloseTo(4, 5);
    expect(hits.find((h) => idOf(h) === 'femur')?.distance).toBeCloseTo(4.75, 5);
    expect(ids.lastIndexOf('joint-capsule')).toBeLessThan(ids.indexOf('femur'));
    expect(pickStructure(hits)).toBe('femur');
  });

  it('with the femur removed the capsule is picked', () => {
    const { scene, femur, raycaster } = build();
    scene.remove(femur);
    const hits = raycaster.intersectObjects(scene.children, true);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => idOf(h) === 'joint-capsule')).toBe(true);
    expect(pickStructure(hits)).toBe('joint-capsule');
  });

  it('with the femur hidden and left out of the raycast the capsule is picked', () => {
    const { capsule, femur, raycaster } = build();
    femur.visible = false;
    const hits = raycaster.intersectObjects(
      [capsule, femur].filter((m) => m.visible),
      true,
    );
    expect(pickStructure(hits)).toBe('joint-capsule');
  });

  it('a ray that misses everything picks nothing', () => {
    const { scene, raycaster } = build();
    raycaster.ray.direction.set(0, 1, 0);
    expect(pickStructure(raycaster.intersectObjects(scene.children, true))).toBeNull();
  });
});

describe('pickNear: a tap that hits nothing', () => {
  it('finds a thin structure within 24 px, nearest ring first', () => {
    // A vertical band 4 px wide at x = 118..122, and a bone 20 px away on the other side.
    const probe = (x: number, _y: number) => (x >= 118 && x <= 122 ? 'lcl' : x <= 80 ? 'femur' : null);
    expect(pickNear(probe, 110, 50)).toBe('lcl');
    // 16 px from the bone and 22 px from the band: the nearer ring wins.
    expect(pickNear(probe, 96, 50)).toBe('femur');
  });

  it('gives null when nothing lies within reach', () => {
    expect(pickNear(() => null, 10, 10)).toBeNull();
    const far = (x: number) => (x > 100 + NEAR_PX + 1 ? 'femur' : null);
    expect(pickNear(far, 100, 0)).toBeNull();
  });
});
