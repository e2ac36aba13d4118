import { beforeAll, describe, expect, it } from 'vitest';
import { buildBvh } from '../../models/geometry/bvh';
import { occluded } from '../../models/geometry/bvh-ray';
import { rayHit } from '../../models/geometry/raycast';
import { normalize, type Vec3 } from '../../models/geometry/vec';
import { AO_ATTRIBUTE, AO_LEVELS, createIO, type DecodedStructure, readStructures } from '../../models/knee';
import { BAKED_CATEGORIES } from '../../models/parts/occlusion';
import { committedGlb } from '../helpers/committed-glb';

/**
 * Baked ambient occlusion in knee.glb (`_AO`: per-vertex ambient access, 0 enclosed … 1 open):
 * present on every structure, in range, and dark where the knee is deep, light where it is open.
 */
let decoded: Map<string, DecodedStructure>;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await committedGlb();
  decoded = await readStructures(bytes);
});

const mean = (xs: ArrayLike<number>): number => Array.from(xs).reduce((s, x) => s + x, 0) / (xs.length || 1);

/** AO of the vertices whose coordinate `axis` is within `band` mm of that axis's extreme. */
const aoNear = (s: DecodedStructure, axis: 0 | 1 | 2, side: 'min' | 'max', band: number): number[] => {
  const p = s.positions;
  const values = Array.from({ length: p.length / 3 }, (_, i) => p[i * 3 + axis] ?? 0);
  const edge = side === 'max' ? Math.max(...values) : Math.min(...values);
  return values.flatMap((v, i) => (Math.abs(v - edge) <= band ? [s.ao?.[i] ?? Number.NaN] : []));
};

describe('knee.glb ambient occlusion', () => {
  // Stored as uint8 steps 0 … AO_LEVELS (5 bits), not normalized: small integers compress far better
  // than 8-bit values spread over 0–255 (models/knee.ts AO_LEVELS); readStructures gives 0–1.
  it('gives every structure mesh an _AO value per vertex, in 0–1, stored as uint8 steps of 1/AO_LEVELS', async () => {
    for (const [id, s] of decoded) {
      // The neighbours (issue #13: off at start, no occlusion baked) carry no _AO.
      if (!BAKED_CATEGORIES.some((c) => c === s.category)) {
        expect(s.ao, id).toBeNull();
        continue;
      }
      expect(s.ao, id).not.toBeNull();
      expect(s.ao?.length, id).toBe(s.positions.length / 3);
      for (const a of s.ao ?? []) {
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
      }
    }
    const doc = await createIO().readBinary(bytes);
    for (const mesh of doc.getRoot().listMeshes()) {
      const ao = mesh.listPrimitives()[0]?.getAttribute(AO_ATTRIBUTE);
      if (!ao && !BAKED_CATEGORIES.some((c) => c === decoded.get(mesh.getName())?.category)) continue;
      expect(ao?.getType(), mesh.getName()).toBe('SCALAR');
      expect(ao?.getArray(), mesh.getName()).toBeInstanceOf(Uint8Array);
      expect(ao?.getNormalized(), mesh.getName()).toBe(false);
      expect(Math.max(...(ao?.getArray() ?? [])), mesh.getName()).toBeLessThanOrEqual(AO_LEVELS);
    }
  });

  it('is dark in the notch and round the menisci, light on the front of the kneecap', () => {
    const get = (id: string): DecodedStructure => {
      const s = decoded.get(id);
      if (!s) throw new Error(`no ${id}`);
      return s;
    };
    const kneecapFront = mean(aoNear(get('patella'), 2, 'max', 4)); // most anterior 4 mm
    const acl = mean(get('acl').ao ?? []);
    const menisci = mean([...(get('medial-meniscus').ao ?? []), ...(get('lateral-meniscus').ao ?? [])]);
    const underMenisci = mean(aoNear(get('tibial-cartilage'), 1, 'max', 2)); // the plateau's top
    expect(kneecapFront).toBeGreaterThan(0.85);
    expect(acl).toBeLessThan(0.6 * kneecapFront);
    expect(menisci).toBeLessThan(0.5 * kneecapFront);
    expect(underMenisci).toBeLessThan(0.6 * kneecapFront);
    // Not flat: the femur has both open and enclosed surface.
    const femur = get('femur').ao ?? [];
    expect(Math.max(...femur) - Math.min(...femur)).toBeGreaterThan(0.8);
  });
});

describe('occlusion BVH', () => {
  it('answers "is anything in the way" as brute-force ray casting does', () => {
    // A small closed-ish soup: a ring of tilted quads round the origin plus a floor.
    const positions: number[] = [];
    const indices: number[] = [];
    const quad = (a: Vec3, b: Vec3, c: Vec3, d: Vec3): void => {
      const k = positions.length / 3;
      positions.push(...a, ...b, ...c, ...d);
      indices.push(k, k + 1, k + 2, k, k + 2, k + 3);
    };
    for (let i = 0; i < 24; i++) {
      const [a0, a1] = [(i / 24) * 2 * Math.PI, ((i + 1) / 24) * 2 * Math.PI];
      const r = 10 + (i % 3);
      quad(
        [r * Math.cos(a0), -5, r * Math.sin(a0)],
        [r * Math.cos(a1), -5, r * Math.sin(a1)],
        [r * Math.cos(a1), 5 + (i % 4), r * Math.sin(a1)],
        [r * Math.cos(a0), 5 + (i % 4), r * Math.sin(a0)],
      );
    }
    quad([-20, -6, -20], [20, -6, -20], [20, -6, 20], [-20, -6, 20]);
    const soup = { positions, indices };
    const bvh = buildBvh([soup]);
    let agreements = 0;
    for (let k = 0; k < 400; k++) {
      const origin: Vec3 = [((k * 7) % 13) - 6, ((k * 5) % 9) - 4, ((k * 3) % 11) - 5];
      const dir = normalize([Math.cos(k * 2.399), Math.sin(k * 1.7) * 0.9, Math.sin(k * 2.399)]);
      const hit = rayHit(soup, origin, dir);
      for (const tmax of [3, 8, 30]) {
        const want = hit !== undefined && hit.distance < tmax;
        expect(occluded(bvh, ...origin, ...dir, 1e-6, tmax), `ray ${k}, tmax ${tmax}`).toBe(want);
        agreements++;
      }
    }
    expect(agreements).toBe(1200);
  });
});
