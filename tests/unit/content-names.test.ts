import { describe, expect, it } from 'vitest';
import { palette } from '../../src/content/palette';
import { categories } from '../../src/content/schema';
import { structureIdsByCategory } from '../../src/content/structure-ids';
import { structureName, structureNames, structureSynonyms } from '../../src/content/structure-names';
import { StructureIdSchema, StructureNamesSchema, StructureSchema } from '../../src/content/structure-schema';
import { getStructure, isStructureId, structureIds, structures } from '../../src/content/structures';

describe('structure ids', () => {
  it('are declared once, grouped by category, in list order', () => {
    expect(structureIds).toHaveLength(57);
    expect(new Set(structureIds).size).toBe(structureIds.length);
    expect(Object.keys(structureIdsByCategory)).toEqual([...categories]);
    expect(structures.map((s) => s.id)).toEqual([...structureIds]);
    // structures.ts is plain data (the first view imports it): the schema checks it here.
    for (const s of structures) expect(StructureSchema.parse(s)).toEqual(s);
    for (const [category, ids] of Object.entries(structureIdsByCategory)) {
      for (const id of ids) expect(getStructure(id)?.category, id).toBe(category);
    }
  });

  it('the schema and the guard accept exactly those ids', () => {
    for (const id of structureIds) {
      expect(StructureIdSchema.safeParse(id).success, id).toBe(true);
      expect(isStructureId(id), id).toBe(true);
    }
    for (const id of ['ACL', 'mcl', 'no-such-thing', '']) {
      expect(StructureIdSchema.safeParse(id).success, id).toBe(false);
      expect(isStructureId(id), id).toBe(false);
      expect(getStructure(id)).toBeUndefined();
    }
  });
});

describe('structure names', () => {
  it('every structure has a display name, lay and clinical names, and synonyms', () => {
    for (const id of structureIds) {
      const names = structureNames(id);
      expect(StructureNamesSchema.safeParse(names).success, id).toBe(true);
      expect(structureName(id)).toBe(names.name);
      expect(structureName(id)).not.toBe(id);
      expect(structureSynonyms(id).length, `synonyms of ${id}`).toBeGreaterThan(0);
    }
  });

  it('searching the lay name finds the structure: it is among the synonyms', () => {
    const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    for (const id of structureIds) {
      const lay = plain(structureNames(id).lay);
      expect(structureSynonyms(id).map(plain), id).toContain(lay);
    }
    expect(structureSynonyms('acl')).toContain('front cross ligament');
  });

  it('carries the display names and lay words patients use', () => {
    expect(structureName('femur')).toBe('Femur (thigh bone)');
    expect(structureName('acl')).toBe('Anterior cruciate ligament (ACL)');
    expect(structureNames('acl')).toMatchObject({ lay: 'Front cross ligament', abbreviation: 'ACL' });
    expect(structureNames('patella').latin).toBe('Patella');
    expect(structureSynonyms('patella')).toContain('kneecap');
    expect(structureSynonyms('superficial-mcl')).toEqual(
      expect.arrayContaining(['inner knee ligament', 'medial collateral ligament', 'MCL']),
    );
    expect(structureSynonyms('lcl')).toContain('outer knee ligament');
    expect(structureSynonyms('acl')).toContain('cruciate');
    expect(structureSynonyms('pcl')).toContain('cruciate');
    expect(structureSynonyms('medial-meniscus')).toEqual(
      expect.arrayContaining(['cartilage pad', 'meniscus']),
    );
  });

  it('an unknown id falls back to the id instead of crashing', () => {
    expect(structureName('no-such-thing')).toBe('no-such-thing');
    expect(structureSynonyms('no-such-thing')).toEqual([]);
  });
});

describe('palette', () => {
  it('gives every category a colour, a roughness and an opacity; only the capsule is see-through', () => {
    expect(Object.keys(palette).sort()).toEqual([...categories].sort());
    for (const c of categories) {
      const { color, roughness, opacity } = palette[c];
      expect(color, c).toMatch(/^#[0-9a-f]{6}$/);
      expect(roughness, c).toBeGreaterThanOrEqual(0);
      expect(roughness, c).toBeLessThanOrEqual(1);
      expect(opacity, c).toBeGreaterThan(0);
      expect(opacity, c).toBeLessThanOrEqual(1);
    }
    expect(categories.filter((c) => palette[c].opacity < 1)).toEqual(['capsule', 'skin']);
  });
});
