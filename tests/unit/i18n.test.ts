import { describe, expect, it } from 'vitest';
import { categories } from '../../src/content/schema';
import { i18n } from '../../src/i18n';
import { en } from '../../src/i18n/en';

describe('English strings', () => {
  it('are interface text only: structure names live in content', () => {
    expect(Object.keys(en)).not.toContain('structures');
    expect(i18n.exists('structures.acl.name')).toBe(false);
  });

  it('names every category, plural and singular', () => {
    for (const c of categories) {
      expect(i18n.exists(`categories.${c}`), c).toBe(true);
      expect(i18n.exists(`category.${c}`), c).toBe(true);
    }
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
});
