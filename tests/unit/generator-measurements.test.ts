import { beforeAll, describe, expect, it } from 'vitest';
import { extentAlong, filterVertices, principalExtent } from '../../models/geometry/measure';
import type { Vec3 } from '../../models/geometry/vec';
import { readStructures } from '../../models/knee';
import { committedGlb } from '../helpers/committed-glb';

/**
 * Measures the decoded glb geometry (world space, mm), not the constants in anatomy.ts.
 * Ranges from clinical.md §1 and the brief. Band length = extent of the band's vertices along
 * their principal axis (includes the rounded end caps, so it is a little over the centreline).
 */
const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];

let pos: (id: string) => Float32Array;

beforeAll(async () => {
  const decoded = await readStructures(await committedGlb());
  pos = (id) => {
    const s = decoded.get(id);
    if (!s) throw new Error(`missing ${id}`);
    return s.positions;
  };
});

const minY = (p: ArrayLike<number>): number => {
  let m = Number.POSITIVE_INFINITY;
  for (let i = 1; i < p.length; i += 3) m = Math.min(m, p[i] ?? 0);
  return m;
};

describe('bone sizes (mm)', () => {
  it('tibial mediolateral width 74–84 (plateau level)', () => {
    const w = extentAlong(
      filterVertices(pos('tibia'), (_x, y) => y > -20),
      X,
    );
    expect(w).toBeGreaterThanOrEqual(74);
    expect(w).toBeLessThanOrEqual(84);
  });

  it('femoral bicondylar width 78–90', () => {
    const w = extentAlong(
      filterVertices(pos('femur'), (_x, y) => y < 60),
      X,
    );
    expect(w).toBeGreaterThanOrEqual(78);
    expect(w).toBeLessThanOrEqual(90);
  });

  it('patella 40–50 wide, 32–44 tall, 19–25 thick', () => {
    const p = pos('patella');
    expect(extentAlong(p, X)).toBeGreaterThanOrEqual(40);
    expect(extentAlong(p, X)).toBeLessThanOrEqual(50);
    expect(extentAlong(p, Y)).toBeGreaterThanOrEqual(32);
    expect(extentAlong(p, Y)).toBeLessThanOrEqual(44);
    expect(extentAlong(p, Z)).toBeGreaterThanOrEqual(19);
    expect(extentAlong(p, Z)).toBeLessThanOrEqual(25);
  });
});

describe('band lengths (mm, extent along the principal axis)', () => {
  const cases: [string, number, number][] = [
    ['patellar-tendon', 40, 60],
    ['superficial-mcl', 85, 110],
    ['lcl', 55, 72],
    ['acl', 25, 41],
    ['pcl', 30, 42],
  ];
  for (const [id, lo, hi] of cases) {
    it(`${id} ${lo}–${hi}`, () => {
      const l = principalExtent(pos(id));
      expect(l).toBeGreaterThanOrEqual(lo);
      expect(l).toBeLessThanOrEqual(hi);
    });
  }

  it('superficial MCL tibial attachment 55–68 below the joint line', () => {
    const depth = -minY(pos('superficial-mcl'));
    expect(depth).toBeGreaterThanOrEqual(55);
    expect(depth).toBeLessThanOrEqual(68);
  });
});

describe('menisci (mm)', () => {
  it('medial meniscus 35–50 front to back', () => {
    const ap = extentAlong(pos('medial-meniscus'), Z);
    expect(ap).toBeGreaterThanOrEqual(35);
    expect(ap).toBeLessThanOrEqual(50);
  });
});
