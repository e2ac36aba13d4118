import { describe, expect, it } from 'vitest';
import { collectCited, getStructureInfo, sites, sources } from '../../src/content';
import { structureIdsByCategory } from '../../src/content/structure-ids';
import { readability } from '../helpers/readability';

/**
 * Issue #13: the knee's neighbours (muscles, bursae and fat pad, nerves, vessels, skin) have cited
 * cards, and every injection site has a cited caution note at both reading levels. Education, not
 * advice: no card or note calls a spot safe.
 */
const sourceKeys = new Set(sources.map((s) => s.key));
const neighbourIds = [
  ...structureIdsByCategory.muscle,
  ...structureIdsByCategory.bursa,
  ...structureIdsByCategory.nerve,
  ...structureIdsByCategory.vessel,
  ...structureIdsByCategory.skin,
];
const levels = ['patient', 'clinician'] as const;
const safe = /\bsafe(ly|ty)?\b/i;

describe('neighbour structure cards', () => {
  it('cover all 24 new ids', () => {
    expect(neighbourIds).toHaveLength(24);
    for (const id of neighbourIds) expect(getStructureInfo(id), id).toBeDefined();
  });

  it('cite existing sources in every statement, at both levels', () => {
    for (const id of neighbourIds) {
      const info = getStructureInfo(id);
      const cited = collectCited({
        function: info?.function,
        attachments: info?.attachments,
        dims: info?.dimensions,
      });
      expect(cited.length, id).toBeGreaterThanOrEqual(3);
      for (const c of cited) {
        expect(c.sources.length, `${id}: ${c.text}`).toBeGreaterThan(0);
        for (const k of c.sources) expect(sourceKeys.has(k), `${id}: ${k}`).toBe(true);
      }
      for (const level of levels)
        expect(info?.function[level].text.length, `${id} ${level}`).toBeGreaterThan(20);
    }
  });

  it('never say "safe", and read at grade 8 or below for patients', () => {
    for (const id of neighbourIds) {
      const info = getStructureInfo(id);
      for (const c of collectCited(info)) expect(c.text, id).not.toMatch(safe);
      expect(readability(info?.function.patient.text ?? '').grade, id).toBeLessThanOrEqual(8);
    }
  });

  it('the common peroneal nerve is tied to the chronic LCL / posterolateral sprain', () => {
    expect(getStructureInfo('common-peroneal-nerve')?.relatedConditions).toEqual(['chronic-lcl-sprain']);
  });
});

describe('site caution notes', () => {
  it('every site has one, with sources that exist, at both levels', () => {
    expect(sites).toHaveLength(14);
    for (const s of sites) {
      for (const level of levels) {
        const note = s.cautionNote[level];
        expect(note.text.length, `${s.id} ${level}`).toBeGreaterThan(40);
        expect(note.sources.length, `${s.id} ${level}`).toBeGreaterThan(0);
        for (const k of note.sources) expect(sourceKeys.has(k), `${s.id} ${level}: ${k}`).toBe(true);
      }
      expect(s.cautionNote.patient.text, s.id).not.toBe(s.cautionNote.clinician.text);
    }
  });

  it('say why ultrasound matters and never call a site safe', () => {
    for (const s of sites) {
      for (const level of levels) {
        expect(s.cautionNote[level].text, `${s.id} ${level}`).toMatch(/ultrasound/i);
        expect(s.cautionNote[level].text, `${s.id} ${level}`).not.toMatch(safe);
      }
      for (const n of s.nearby) expect(n.text, s.id).not.toMatch(safe);
    }
  });

  it('patient notes read at grade 8 or below', () => {
    for (const s of sites) expect(readability(s.cautionNote.patient.text).grade, s.id).toBeLessThanOrEqual(8);
  });

  it('name the nerve the sources put next to EA-6 and EA-7, with its sources', () => {
    const note = (id: string) => sites.find((s) => s.id === id)?.cautionNote.clinician;
    expect(note('ea-6')?.text).toMatch(/common peroneal nerve/);
    expect(note('ea-6')?.sources).toEqual(
      expect.arrayContaining(['teo-2020-cpn-fibular-head', 'peroneal-nerve-plc-2020']),
    );
    expect(note('ea-7')?.text).toMatch(/saphenous nerve/);
    expect(note('ea-7')?.sources).toContain('orthovellum-pes-anserine');
    // EA-6's nearby line places the nerve at the fibular neck, below the head, as the source measured.
    const ea6 = sites.find((s) => s.id === 'ea-6');
    expect(ea6?.nearby[0]?.text).toMatch(/fibular neck.*20\.7 mm/);
  });
});
