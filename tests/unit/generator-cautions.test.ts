import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createIO, type DecodedStructure, readSites, readStructures } from '../../models/knee';
import { CAUTION_RADIUS, type Caution, measureCautions, needlePath } from '../../models/parts/cautions';
import { sites } from '../../src/content/sites';

/** Caution zones (issue #13): each site node's extras list the nerves and vessels near its needle path. */
const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../../models/knee.glb')));
let structures: Map<string, DecodedStructure>;
let extras: Map<string, Caution[]>;

beforeAll(async () => {
  structures = await readStructures(bytes);
  const doc = await createIO().readBinary(bytes);
  extras = new Map();
  for (const node of doc.getRoot().listNodes()) {
    const e = node.getExtras() as { site?: string; cautions?: Caution[] };
    if (e.site) extras.set(e.site, e.cautions ?? []);
  }
});

describe('caution zones in the site extras', () => {
  it('every site has a cautions list, equal to a fresh measurement of the glb', async () => {
    expect([...extras.keys()].sort()).toEqual(sites.map((s) => s.id).sort());
    const fresh = measureCautions(await readSites(bytes), structures);
    for (const [id, list] of extras) expect(list, id).toEqual(fresh.get(id));
  });

  it('lists only nerves and vessels, 0–20 mm, sorted by distance then id, to 0.1 mm', () => {
    for (const [site, list] of extras) {
      for (const c of list) {
        expect(['nerve', 'vessel'], `${site} ${c.id}`).toContain(structures.get(c.id)?.category);
        expect(c.distanceMm).toBeGreaterThanOrEqual(0);
        expect(c.distanceMm).toBeLessThanOrEqual(CAUTION_RADIUS);
        expect(Math.round(c.distanceMm * 10) / 10).toBe(c.distanceMm);
      }
      const sorted = [...list].sort((a, b) => a.distanceMm - b.distanceMm || a.id.localeCompare(b.id));
      expect(list, site).toEqual(sorted);
    }
  });

  it('EA-6 (LCL fibular insertion) warns of the common peroneal nerve [A67]', () => {
    expect(extras.get('ea-6')?.map((c) => c.id)).toContain('common-peroneal-nerve');
  });

  it('EA-7 (pes anserinus): the saphenous nerve runs behind it, clear of the needle [A24]', async () => {
    const site = (await readSites(bytes)).find((s) => s.id === 'ea-7');
    const nerve = structures.get('saphenous-nerve');
    if (!site || !nerve) throw new Error('missing ea-7 or the saphenous nerve');
    // behind: the nerve's vertices at the anchor's height lie posterior to it
    const p = nerve.positions;
    const near: number[] = [];
    for (let i = 0; i < p.length; i += 3)
      if (Math.abs((p[i + 1] ?? 0) - site.position[1]) < 5) near.push(p[i + 2] ?? 0);
    expect(near.length).toBeGreaterThan(0);
    expect(Math.max(...near)).toBeLessThan(site.position[2]);
    // listed exactly when it is within the caution radius, never crossed by the needle
    const listed = extras.get('ea-7')?.find((c) => c.id === 'saphenous-nerve');
    if (listed) expect(listed.distanceMm).toBeGreaterThan(0);
    const [a, b] = needlePath(site, structures.get('skin'));
    expect(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])).toBeGreaterThan(2);
  });
});
