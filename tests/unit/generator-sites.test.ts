import { beforeAll, describe, expect, it } from 'vitest';
import { closestPoint, rayHit } from '../../models/geometry/raycast';
import { add, dot, length, scale, type Vec3 } from '../../models/geometry/vec';
import { createIO, type DecodedStructure, readStructures } from '../../models/knee';
import { sites } from '../../src/content/sites';
import { committedGlb } from '../helpers/committed-glb';

/**
 * Injection-site anchors in knee.glb: one mesh-less `site:<id>` node per content site, lying on the
 * outer surface of its target structure (decoded, world space, mm) with an outward unit normal.
 */
interface SiteNode {
  readonly name: string;
  readonly hasMesh: boolean;
  readonly position: Vec3;
  readonly rotation: readonly number[];
  readonly extras: { site?: unknown; target?: unknown; normal?: unknown };
}

let nodes: SiteNode[];
let decoded: Map<string, DecodedStructure>;

beforeAll(async () => {
  const bytes = await committedGlb();
  decoded = await readStructures(bytes);
  const doc = await createIO().readBinary(bytes);
  nodes = doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getName().startsWith('site:'))
    .map((n) => {
      const m = n.getWorldMatrix();
      return {
        name: n.getName(),
        hasMesh: n.getMesh() !== null,
        position: [(m[12] ?? 0) * 1000, (m[13] ?? 0) * 1000, (m[14] ?? 0) * 1000],
        rotation: n.getRotation(),
        extras: n.getExtras() as SiteNode['extras'],
      };
    });
});

const normalOf = (n: SiteNode): Vec3 => {
  const v = n.extras.normal;
  if (!Array.isArray(v) || v.length !== 3) throw new Error(`${n.name}: extras.normal is not a 3-vector`);
  return [Number(v[0]), Number(v[1]), Number(v[2])];
};
const nodeFor = (id: string): SiteNode => {
  const n = nodes.find((x) => x.name === `site:${id}`);
  if (!n) throw new Error(`no node site:${id}`);
  return n;
};
const meshOf = (id: string): DecodedStructure => {
  const s = decoded.get(id);
  if (!s) throw new Error(`no mesh ${id}`);
  return s;
};

/** Local +Z of a node rotated by the unit quaternion (x, y, z, w). */
const localZ = (q: readonly number[]): Vec3 => {
  const [x = 0, y = 0, z = 0, w = 1] = q;
  return [2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)];
};

describe('injection-site anchors', () => {
  it('has exactly one mesh-less site node per content site, and no others', () => {
    expect(nodes.map((n) => n.name).sort()).toEqual(sites.map((s) => s.anchor.anchorNode).sort());
    for (const n of nodes) expect(n.hasMesh, n.name).toBe(false);
  });

  it('names the site and its target in extras', () => {
    for (const s of sites) {
      const n = nodeFor(s.id);
      expect(n.extras.site).toBe(s.id);
      expect(n.extras.target).toBe(s.target);
    }
  });

  it('puts each anchor within 3 mm of its target surface', () => {
    for (const s of sites) {
      const d = closestPoint(meshOf(s.target), nodeFor(s.id).position).distance;
      expect(d, s.id).toBeLessThan(3);
    }
  });

  it('stores a unit normal and turns the node +Z onto it', () => {
    for (const s of sites) {
      const n = nodeFor(s.id);
      const normal = normalOf(n);
      expect(length(normal), s.id).toBeCloseTo(1, 4);
      expect(dot(localZ(n.rotation), normal), s.id).toBeGreaterThan(0.9999);
    }
  });

  it('points each normal out of the target: agrees with the surface there, and sees no more of it', () => {
    for (const s of sites) {
      const n = nodeFor(s.id);
      const normal = normalOf(n);
      const mesh = meshOf(s.target);
      expect(dot(closestPoint(mesh, n.position).faceNormal, normal), s.id).toBeGreaterThan(0.3);
      expect(rayHit(mesh, add(n.position, scale(normal, 0.5)), normal), s.id).toBeUndefined();
    }
  });

  it('faces the side the placement text names', () => {
    const facing: [string, (v: Vec3) => boolean][] = [
      ['ia-1', (v) => v[0] > 0.2 && v[2] > 0.2],
      ['ia-2', (v) => v[2] > 0.5],
      ['ia-3', (v) => v[0] < -0.5],
      ['ia-4', (v) => v[2] > 0.5],
      ['ea-1', (v) => v[0] > 0.5],
      ['ea-2', (v) => v[0] > 0.5],
      ['ea-3', (v) => v[0] > 0.5],
      ['ea-4', (v) => v[0] < -0.5],
      ['ea-5', (v) => v[0] < -0.5],
      ['ea-6', (v) => v[0] < -0.5],
      ['ea-7', (v) => v[0] > 0.2 && v[2] > 0.2],
      ['ea-8', (v) => v[2] > 0.5],
      ['ea-9', (v) => v[2] > 0.5],
      ['ea-10', (v) => v[2] > 0.5],
    ];
    expect(facing.map(([id]) => id).sort()).toEqual(sites.map((s) => s.id).sort());
    for (const [id, ok] of facing)
      expect(ok(normalOf(nodeFor(id))), `${id} ${normalOf(nodeFor(id))}`).toBe(true);
  });

  it('keeps each anchor in its region of the knee (mm)', () => {
    const where: [string, (p: Vec3) => boolean][] = [
      ['ia-3', (p) => p[1] > 50 && p[0] < -25],
      ['ia-4', (p) => p[1] > 45 && p[2] > 30],
      ['ea-1', (p) => p[1] > 25 && p[0] > 40],
      ['ea-2', (p) => p[1] < -50],
      ['ea-5', (p) => p[1] > 20 && p[0] < -40],
      ['ea-6', (p) => p[1] < -20 && p[0] < -40],
      ['ea-9', (p) => p[1] < -20],
    ];
    for (const [id, ok] of where)
      expect(ok(nodeFor(id).position), `${id} ${nodeFor(id).position}`).toBe(true);
  });
});
