import { describe, expect, it } from 'vitest';
import { categories } from '../../src/content/schema';
import { structureIds } from '../../src/content/structures';
import { i18n, structureName, structureSynonyms } from '../../src/i18n';
import { en } from '../../src/i18n/en';

describe('English strings', () => {
  it('every structure has a display name and lay synonyms', () => {
    for (const id of structureIds) {
      expect(i18n.exists(`structures.${id}.name`), `name of ${id}`).toBe(true);
      expect(structureName(id)).not.toBe(id);
      expect(structureName(id).length).toBeGreaterThan(2);
      expect(structureSynonyms(id).length, `synonyms of ${id}`).toBeGreaterThan(0);
    }
  });

  it('has no strings for structures that do not exist', () => {
    expect(Object.keys(en.structures).sort()).toEqual([...structureIds].sort());
  });

  it('names every category, plural and singular', () => {
    for (const c of categories) {
      expect(i18n.exists(`categories.${c}`), c).toBe(true);
      expect(i18n.exists(`category.${c}`), c).toBe(true);
    }
  });

  it('carries the lay words patients use', () => {
    expect(structureName('femur')).toBe('Femur (thigh bone)');
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

  it('fills the link notices with what was ignored', () => {
    expect(i18n.t('notices.unknownParam', { name: 'foo' })).toBe('Ignored unknown link setting: foo');
    expect(i18n.t('notices.unknownStructure', { id: 'xyz' })).toContain('xyz');
  });

  it('has no empty strings anywhere', () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(en, 'en');
  });

  it('an unknown id falls back to the id instead of crashing', () => {
    expect(structureName('no-such-thing')).toBe('no-such-thing');
    expect(structureSynonyms('no-such-thing')).toEqual([]);
  });
});
