import { describe, expect, it } from 'vitest';
import { structureName, structureSynonyms } from '../../src/content/structure-names';
import { type StructureId, structureIds } from '../../src/content/structures';
import { normalise, type SearchEntry, searchStructures } from '../../src/lib/search';

const entries: SearchEntry<StructureId>[] = structureIds.map((id) => ({
  id,
  name: structureName(id),
  synonyms: structureSynonyms(id),
}));
const search = (q: string) => searchStructures(q, entries);

describe('structure search', () => {
  it('an empty query lists everything in list order', () => {
    expect(search('')).toEqual([...structureIds]);
    expect(search('   ')).toEqual([...structureIds]);
  });

  it('finds structures by lay words, best match first', () => {
    expect(search('kneecap')[0]).toBe('patella');
    expect(search('inner knee ligament')[0]).toBe('superficial-mcl');
    expect(search('outer knee ligament')[0]).toBe('lcl');
    expect(search('thigh bone')[0]).toBe('femur');
    expect(search('shin bone')[0]).toBe('tibia');
  });

  it('matches ids, abbreviations and parts of names', () => {
    expect(search('superficial-mcl')[0]).toBe('superficial-mcl');
    expect(search('MCL')[0]).toBe('superficial-mcl');
    expect(search('medial collateral')).toEqual(expect.arrayContaining(['superficial-mcl', 'deep-mcl']));
    expect(search('cruciate').sort()).toEqual(['acl', 'pcl']);
    expect(search('meniscus')).toEqual(expect.arrayContaining(['medial-meniscus', 'lateral-meniscus']));
    expect(search('cartilage pad').sort()).toEqual(['lateral-meniscus', 'medial-meniscus']);
  });

  it('ignores case, diacritics, hyphens and extra spaces', () => {
    expect(search('KNEECAP')[0]).toBe('patella');
    expect(search('knéécap')[0]).toBe('patella');
    expect(search('  Pes   Anserine ')[0]).toBe('pes-anserine-bursa');
    expect(normalise('Ménisque-Médial')).toBe('menisque medial');
  });

  it('an exact lay word is not buried under structures that merely mention it', () => {
    const kneecap = search('kneecap');
    expect(kneecap[0]).toBe('patella');
    expect(kneecap.length).toBeLessThanOrEqual(3);
    // "Kneecap cartilage" and "kneecap tendon" start with the word and stay; these only mention it
    expect(kneecap).not.toContain('quadriceps-tendon'); // "tendon above the kneecap"
    expect(kneecap).not.toContain('medial-retinaculum'); // "inner kneecap support"
    expect(search('kneec')).toEqual(expect.arrayContaining(['quadriceps-tendon', 'medial-retinaculum'])); // a partial word still finds all
  });

  it('finds a structure by the lay name its card shows', () => {
    expect(search('front cross ligament')[0]).toBe('acl');
    expect(search('inner shock-absorber pad')[0]).toBe('medial-meniscus');
  });

  it('matches words in any order across name and synonyms', () => {
    expect(search('ligament inner knee')).toContain('superficial-mcl');
  });

  it('returns nothing for nonsense', () => {
    expect(search('xylophone')).toEqual([]);
  });
});
