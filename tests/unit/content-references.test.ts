import { describe, expect, it } from 'vitest';
import {
  collectCited,
  collectSources,
  conditions,
  evidenceOverview,
  getSource,
  procedureFacts,
  redFlags,
  sites,
  sources,
  structureInfo,
  studies,
} from '../../src/content';
import { guidelines } from '../../src/content/guidelines';
import { phases, schedules } from '../../src/content/healing';
import {
  PoorHealersSchema,
  poorHealers,
  rabagoWomac,
  strengthFacts,
} from '../../src/content/healing-evidence';
import { isStructureId, structureIds } from '../../src/content/structures';

const healingContent = { phases, schedules, rabagoWomac, strengthFacts, poorHealers };
const allContent = {
  structureInfo,
  conditions,
  sites,
  procedureFacts,
  studies,
  evidenceOverview,
  healingContent,
  guidelines,
  redFlags,
};
const sourceKeys = new Set(sources.map((s) => s.key));
const conditionIds = new Set(conditions.map((c) => c.id));

describe('structures', () => {
  it('all structure ids have info, and info exists only for known structures', () => {
    expect(structureIds).toHaveLength(57);
    expect(structureInfo.map((s) => s.id).sort()).toEqual([...structureIds].sort());
  });

  it('related conditions exist', () => {
    for (const s of structureInfo) {
      for (const c of s.relatedConditions) expect(conditionIds.has(c), `${s.id} → ${c}`).toBe(true);
    }
  });

  // The rule: a structure lists a condition exactly when that condition highlights the structure.
  it('structure.relatedConditions and condition.structures agree both ways', () => {
    for (const s of structureInfo) {
      const expected = conditions.filter((c) => c.structures.includes(s.id)).map((c) => c.id);
      expect([...s.relatedConditions].sort(), s.id).toEqual(expected.sort());
    }
  });
});

describe('conditions', () => {
  it('include the eleven conditions of clinical.md §2', () => {
    for (const id of [
      'knee-osteoarthritis',
      'patellofemoral-pain',
      'chronic-mcl-sprain',
      'chronic-lcl-sprain',
      'acl-laxity',
      'meniscal-injury',
      'patellar-tendinopathy',
      'quadriceps-tendinopathy',
      'pes-anserine-syndrome',
      'iliotibial-band-syndrome',
      'patellar-instability',
    ]) {
      expect(conditionIds.has(id), id).toBe(true);
    }
  });

  it('involve only known structures, without repeats', () => {
    for (const c of conditions) {
      for (const id of c.structures) expect(isStructureId(id), `${c.id} → ${id}`).toBe(true);
      expect(new Set(c.structures).size, c.id).toBe(c.structures.length);
    }
  });
});

describe('injection sites', () => {
  it('cover IA-1..IA-4 and EA-1..EA-10', () => {
    const expected = [
      ...[1, 2, 3, 4].map((n) => `ia-${n}`),
      ...Array.from({ length: 10 }, (_, i) => `ea-${i + 1}`),
    ];
    expect(sites.map((s) => s.id).sort()).toEqual(expected.sort());
  });

  it('target known structures and name their anchor node site:<id>', () => {
    for (const s of sites) {
      expect(isStructureId(s.target), `${s.id} target ${s.target}`).toBe(true);
      for (const t of s.alsoTargets) expect(isStructureId(t), `${s.id} also ${t}`).toBe(true);
      expect(s.alsoTargets).not.toContain(s.target);
      expect(s.anchor.anchorNode).toBe(`site:${s.id}`);
      expect(s.refLabel.toLowerCase()).toBe(s.id);
      expect(s.kind).toBe(s.id.startsWith('ia-') ? 'intra-articular' : 'extra-articular');
    }
  });

  it('protocols name a known study that they cite, and empty protocol lists say why', () => {
    for (const s of sites) {
      for (const p of s.protocols) {
        expect(sourceKeys.has(p.study), `${s.id} study ${p.study}`).toBe(true);
        expect(p.sources, `${s.id} ${p.study}`).toContain(p.study);
      }
      if (s.protocols.length === 0) expect(s.protocolNote, s.id).toBeDefined();
    }
  });
});

describe('sources', () => {
  it('every statement has at least one source and every key resolves', () => {
    const cited = collectCited(allContent);
    expect(cited.length).toBeGreaterThan(300);
    for (const c of cited) {
      expect(c.sources.length, c.text).toBeGreaterThan(0);
      for (const k of c.sources) expect(sourceKeys.has(k), `${k} in "${c.text}"`).toBe(true);
    }
  });

  it('the healing timeline cites registry keys that resolve', () => {
    const keys = collectSources(healingContent);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(sourceKeys.has(k), k).toBe(true);
    for (const p of phases) expect(p.sources.length, p.id).toBeGreaterThan(0);
    expect(PoorHealersSchema.safeParse(poorHealers).success).toBe(true);
    for (const id of poorHealers.structures) expect(isStructureId(id), id).toBe(true);
    // Each published schedule cites the trial it comes from.
    expect(schedules.find((s) => s.id === 'rabago-2013')?.sources).toContain('rabago-2013');
    expect(rabagoWomac.sources).toContain('rabago-2013-table-4');
  });

  it('study and protocol source fields resolve', () => {
    for (const s of studies) {
      expect(getSource(s.source), s.id).toBeDefined();
      expect(s.sources, s.id).toContain(s.source);
    }
  });

  it('every source is used at least once', () => {
    const used = new Set(collectSources(allContent));
    for (const s of studies) used.add(s.source);
    for (const site of sites) for (const p of site.protocols) used.add(p.study);
    const unused = [...sourceKeys].filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });

  it('every source except the seed article has a URL; the seed is marked as a practitioner source', () => {
    for (const s of sources) {
      if (s.refKey === 'SEED') expect(s.type).toBe('practitioner source');
      else expect(s.url, s.key).toMatch(/^https?:\/\//);
    }
  });

  it('facts from the seed article cite it', () => {
    for (const f of procedureFacts.filter((p) => p.fromSeed))
      expect(f.sources, f.id).toContain('seed-article');
    for (const f of procedureFacts.filter((p) => p.unconfirmed)) expect(f.fromSeed, f.id).toBe(true);
  });
});
