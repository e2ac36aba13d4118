import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fibula as Fb, patella as P } from '../../models/anatomy';
import { CUT, type nerves, type vessels } from '../../models/anatomy-neighbours';
import { rayHit } from '../../models/geometry/raycast';
import { normalize, type Vec3 } from '../../models/geometry/vec';
import { type DecodedStructure, readStructures } from '../../models/knee';
import { boneSdf } from '../../models/parts/bones';
import { femurSdf } from '../../models/parts/femur';
import { patellaSdf } from '../../models/parts/patella';
import { fibulaSdf, tibiaSdf } from '../../models/parts/tibia';
import { tubeCentreline, tubeSpecs } from '../../models/parts/tubes';

/** The knee's neighbours (issue #13), against published positions (docs/reference/neighbours-*.md). */
const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../../models/knee.glb')));
let s: Map<string, DecodedStructure>;
beforeAll(async () => {
  s = await readStructures(bytes);
});

const bone = (p: Vec3): number => Math.min(femurSdf(p), tibiaSdf(p), fibulaSdf(p), patellaSdf(p));
const line = (id: keyof typeof nerves | keyof typeof vessels): Vec3[] => {
  const spec = tubeSpecs.get(id);
  if (!spec) throw new Error(id);
  return tubeCentreline(spec, boneSdf);
};

describe('nerves and vessels', () => {
  it('no nerve or vessel enters bone (centreline bone distance > radius)', () => {
    for (const [id, spec] of tubeSpecs) {
      for (const p of tubeCentreline(spec, boneSdf)) expect(bone(p), id).toBeGreaterThan(spec.diameter / 2);
    }
  });

  it('the common peroneal nerve crosses the fibular neck 20.7 ± 1 mm below the head tip [teo-2020-cpn-fibular-head]', () => {
    const pts = line('common-peroneal-nerve');
    // the nerve's closest approach to the fibula below the head
    const below = pts.filter((p) => p[1] < Fb.headCentre[1]);
    const nearest = below.reduce((a, b) => (fibulaSdf(b) < fibulaSdf(a) ? b : a));
    expect(fibulaSdf(nearest)).toBeLessThan(4);
    // where it passes behind the neck's posterior border
    const behind = pts.reduce((a, b) =>
      Math.abs(b[1] - (Fb.apex[1] - 20.7)) < Math.abs(a[1] - (Fb.apex[1] - 20.7)) ? b : a,
    );
    expect(fibulaSdf(behind)).toBeLessThan(5);
    const drop = Fb.apex[1] - behind[1];
    expect(drop).toBeGreaterThan(18.7);
    expect(drop).toBeLessThan(22.7);
  });

  it('the popliteal artery lies behind the posterior tibia, near/slightly lateral of the midline [yoo-2009][simons-2018]', () => {
    const pts = line('popliteal-artery');
    const at = (y: number): Vec3 => pts.reduce((a, b) => (Math.abs(b[1] - y) < Math.abs(a[1] - y) ? b : a));
    for (const [y, gap] of [
      [-10, 2.7],
      [-20, 4.9],
    ] as const) {
      const p = at(y);
      expect(p[0]).toBeLessThanOrEqual(0.5); // lateral of (or on) the midline
      expect(p[0]).toBeGreaterThan(-4.83 - 1);
      const surfaceGap = tibiaSdf(p) - 7.9 / 2;
      expect(surfaceGap, `y ${y}`).toBeGreaterThan(gap - 2);
      expect(surfaceGap, `y ${y}`).toBeLessThan(gap + 2.5);
    }
    // the deepest of the bundle: artery in front of the vein, the vein in front of the tibial nerve
    const z = (id: 'popliteal-artery' | 'popliteal-vein' | 'tibial-nerve'): number =>
      line(id).reduce((a, b) => (Math.abs(b[1]) < Math.abs(a[1]) ? b : a))[2];
    expect(z('popliteal-artery')).toBeGreaterThan(z('popliteal-vein'));
    expect(z('popliteal-vein')).toBeGreaterThan(z('tibial-nerve'));
  });

  it('the IPBSN crosses from medial to lateral below the lower pole of the patella [kartus-1999][ebraheim-1997]', () => {
    const pts = line('infrapatellar-branch-saphenous-nerve');
    const lowerPole = P.centre[1] - P.height / 2;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) throw new Error('empty');
    expect(first[0]).toBeGreaterThan(30);
    expect(last[0]).toBeLessThan(-25);
    const crossing = pts.reduce((a, b) => (Math.abs(b[0]) < Math.abs(a[0]) ? b : a));
    expect(crossing[1]).toBeLessThan(lowerPole);
    expect(lowerPole - crossing[1]).toBeLessThan(30 + 27);
  });
});

describe('muscles, bursae and skin', () => {
  it('muscle bellies stay out of bone and end where their tendons are', () => {
    const ends: Record<string, string> = {
      'rectus-femoris': 'quadriceps-tendon',
      'vastus-medialis': 'patella',
      'vastus-lateralis': 'quadriceps-tendon',
      'semimembranosus-muscle': 'semimembranosus-tendon',
      'biceps-femoris-muscle': 'biceps-femoris-tendon',
      'gastrocnemius-medial-head': 'medial-gastrocnemius',
      'gastrocnemius-lateral-head': 'lateral-gastrocnemius',
      'popliteus-muscle': 'popliteus-tendon',
    };
    for (const [id, tendon] of Object.entries(ends)) {
      const m = s.get(id);
      const t = s.get(tendon);
      if (!m || !t) throw new Error(id);
      let minBone = Infinity;
      for (let i = 0; i < m.positions.length; i += 3) {
        minBone = Math.min(
          minBone,
          bone([m.positions[i] ?? 0, m.positions[i + 1] ?? 0, m.positions[i + 2] ?? 0]),
        );
      }
      expect(minBone, id).toBeGreaterThan(-0.5);
      // some belly vertex lies within 12 mm of the tendon (or the patella the VMO ends on)
      let near = Infinity;
      for (let i = 0; i < m.positions.length; i += 9) {
        for (let k = 0; k < t.positions.length; k += 3) {
          const d = Math.hypot(
            (m.positions[i] ?? 0) - (t.positions[k] ?? 0),
            (m.positions[i + 1] ?? 0) - (t.positions[k + 1] ?? 0),
            (m.positions[i + 2] ?? 0) - (t.positions[k + 2] ?? 0),
          );
          near = Math.min(near, d);
        }
      }
      expect(near, id).toBeLessThan(12);
    }
  });

  it('muscles are cut a hand’s breadth from the joint line', () => {
    for (const [id, m] of s) {
      if (m.category !== 'muscle') continue;
      // the rectus femoris is tendon below y ≈ 113, so its belly lies above the skin's cut
      const top = id === 'rectus-femoris' ? CUT.rectusAbove : CUT.muscleAbove;
      for (let i = 1; i < m.positions.length; i += 3) {
        expect(m.positions[i], id).toBeLessThan(top + 15);
        expect(m.positions[i], id).toBeGreaterThan(CUT.muscleBelow - 5);
      }
    }
  });

  it('the skin encloses every other structure within its height', () => {
    const skin = s.get('skin');
    if (!skin) throw new Error('no skin');
    const ys = skin.positions.filter((_, i) => i % 3 === 1);
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    expect(lo).toBeLessThanOrEqual(CUT.skinBelow + 0.5);
    expect(hi).toBeGreaterThanOrEqual(CUT.skinAbove - 0.5);
    // the sleeve is star-shaped about a vertical axis: a point inside meets it going straight out
    const AX = [-4, 2] as const;
    const outside: string[] = [];
    for (const [id, m] of s) {
      if (id === 'skin') continue;
      for (let i = 0; i < m.positions.length; i += 3 * 5) {
        const p: Vec3 = [m.positions[i] ?? 0, m.positions[i + 1] ?? 0, m.positions[i + 2] ?? 0];
        if (p[1] < lo + 1 || p[1] > hi - 1) continue;
        const out = normalize([p[0] - AX[0], 0, p[2] - AX[1]]);
        // 1 mm of slack: the screen budget simplifies the sleeve (≤ 0.5 px at its closest framing)
        const q: Vec3 = [p[0] - out[0], p[1], p[2] - out[2]];
        if (!rayHit(skin, q, out)) outside.push(`${id} ${p.map((v) => v.toFixed(0)).join(',')}`);
      }
    }
    expect(outside.slice(0, 5)).toEqual([]);
  });

  it('the skin is thin in front (over the patella) and thicker behind', () => {
    const skin = s.get('skin');
    if (!skin) throw new Error('no skin');
    let front = -Infinity;
    let back = Infinity;
    for (let i = 0; i < skin.positions.length; i += 3) {
      if (Math.abs((skin.positions[i + 1] ?? 0) - P.centre[1]) > 8 || Math.abs(skin.positions[i] ?? 0) > 6)
        continue;
      front = Math.max(front, skin.positions[i + 2] ?? 0);
      back = Math.min(back, skin.positions[i + 2] ?? 0);
    }
    const patellaFront = P.centre[2] + P.thickness / 2;
    expect(front - patellaFront).toBeLessThan(9);
    expect(front - patellaFront).toBeGreaterThan(2);
    expect(back).toBeLessThan(-45);
  });
});
