import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CitedSchema,
  ConditionSchema,
  collectCited,
  collectSources,
  conditions,
  EvidenceOverviewSchema,
  evidenceOverview,
  ProcedureFactSchema,
  procedureFacts,
  RedFlagsSchema,
  redFlags,
  SiteSchema,
  SourceSchema,
  StructureInfoSchema,
  StudySchema,
  sites,
  sources,
  structureInfo,
  studies,
} from '../../src/content';

const collections = {
  sources: [SourceSchema, sources],
  structureInfo: [StructureInfoSchema, structureInfo],
  conditions: [ConditionSchema, conditions],
  sites: [SiteSchema, sites],
  procedureFacts: [ProcedureFactSchema, procedureFacts],
  studies: [StudySchema, studies],
} as const;

const idOf = (r: object): string => ('id' in r ? String(r.id) : 'key' in r ? String(r.key) : '');

describe('content records parse', () => {
  for (const [name, [schema, records]] of Object.entries(collections)) {
    it(`every ${name} record parses with its schema`, () => {
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        const result = (schema as z.ZodType).safeParse(r);
        expect(result.success, `${name} ${idOf(r)}: ${result.error?.message}`).toBe(true);
      }
    });

    it(`${name} ids are unique`, () => {
      const ids = records.map(idOf);
      expect(ids.every((id) => id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }

  it('the evidence overview parses and its limit ids are unique', () => {
    expect(EvidenceOverviewSchema.safeParse(evidenceOverview).success).toBe(true);
    const ids = evidenceOverview.limits.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('source refKeys are unique', () => {
    const refs = sources.map((s) => s.refKey);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('schemas reject bad records', () => {
  it('a statement without sources is rejected', () => {
    expect(CitedSchema.safeParse({ text: 'Some claim.', sources: [] }).success).toBe(false);
    expect(CitedSchema.safeParse({ text: 'Some claim.' }).success).toBe(false);
  });

  it('a source with an unknown type or a bad key is rejected', () => {
    const good = sources[0];
    expect(SourceSchema.safeParse({ ...good, type: 'anecdote' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...good, key: 'Rabago 2013' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...good, url: 'not a url' }).success).toBe(false);
  });

  it('a site with a mis-named anchor node or an unknown kind is rejected', () => {
    const site = sites[0];
    expect(site).toBeDefined();
    expect(SiteSchema.safeParse({ ...site, anchor: { ...site?.anchor, anchorNode: 'ia-1' } }).success).toBe(
      false,
    );
    expect(SiteSchema.safeParse({ ...site, kind: 'subcutaneous' }).success).toBe(false);
  });

  it('a site whose approach or protocol note has only one reading level is rejected', () => {
    const site = sites[0];
    expect(site).toBeDefined();
    expect(SiteSchema.safeParse({ ...site, approach: site?.approach.clinician }).success).toBe(false);
    expect(
      SiteSchema.safeParse({ ...site, protocolNote: { text: 'One level only.', sources: ['rabago-2012'] } })
        .success,
    ).toBe(false);
  });

  it('the red flags need both levels and a source', () => {
    expect(RedFlagsSchema.safeParse(redFlags).success).toBe(true);
    expect(RedFlagsSchema.safeParse({ ...redFlags, body: redFlags.body.patient }).success).toBe(false);
    expect(RedFlagsSchema.safeParse({ ...redFlags, sources: [] }).success).toBe(false);
  });

  it('a registry entry, protocol paper or case series has a type of its own', () => {
    const good = sources[0];
    for (const type of ['trial registration', 'trial protocol', 'case series']) {
      expect(SourceSchema.safeParse({ ...good, type }).success, type).toBe(true);
    }
  });

  it('a condition with an unknown evidence strength is rejected', () => {
    const c = conditions[0];
    expect(
      ConditionSchema.safeParse({ ...c, evidence: { ...c?.evidence, strength: 'strong' } }).success,
    ).toBe(false);
  });
});

describe('walkers', () => {
  it('collectCited finds nested statements, including malformed ones', () => {
    const found = collectCited({
      a: { text: 'One.', sources: ['x'] },
      b: [{ deep: { text: 'Two.', sources: ['y', 'z'] } }],
      c: { text: 'Bad.', sources: [] },
    });
    expect(found.map((f) => f.text)).toEqual(['One.', 'Two.', 'Bad.']);
  });

  it('collectSources gathers each key once, in order', () => {
    expect(collectSources({ a: { sources: ['x', 'y'] }, b: [{ sources: ['y', 'z'] }] })).toEqual([
      'x',
      'y',
      'z',
    ]);
  });

  it('each record lists exactly the sources its statements cite', () => {
    for (const r of [...structureInfo, ...conditions, ...sites, ...procedureFacts, ...studies, redFlags]) {
      const { sources: listed, ...body } = r;
      expect([...listed].sort(), idOf(r)).toEqual([...collectSources(body)].sort());
    }
  });
});
