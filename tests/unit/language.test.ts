import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentBundle } from '../../src/content/locale/active';
import { structureName } from '../../src/content/structure-names';
import { i18n } from '../../src/i18n';
import { browserLanguage, initialLanguage, isLanguage, languages } from '../../src/i18n/languages';
import { searchStructures } from '../../src/lib/search';
import { language, setLanguage, startLanguage, storedLanguage } from '../../src/state/language';
import { useStore } from '../../src/state/store';
import { searchEntries } from '../../src/ui/structure-entries';

/** A Map-backed localStorage, so "remembered on this device" can be seen in Node. */
const fakeStorage = () => {
  const m = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  });
  return m;
};

/** Only what startLanguage reads (as the url-fuzz helper does for location and history). */
const browserWith = (langs: string[]): Window =>
  ({ navigator: { languages: langs, language: langs[0] } }) as unknown as Window;

afterEach(async () => {
  await setLanguage('en', { remember: false });
  vi.unstubAllGlobals();
});

describe('the language list and the first language', () => {
  it('is one list, English first (the source)', () => {
    expect(languages).toEqual(['en', 'es']);
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
  });

  it('takes the browser’s first language the app speaks, any region', () => {
    expect(browserLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(browserLanguage(['fr-FR', 'es_419'])).toBe('es');
    expect(browserLanguage(['de', 'fr'])).toBeNull();
    expect(browserLanguage(['EN-gb'])).toBe('en');
  });

  it('lets a link win, then the remembered choice, then the browser, then English', () => {
    expect(initialLanguage('en', 'es', ['es-ES'])).toBe('en');
    expect(initialLanguage('xx', 'es', ['en'])).toBe('es');
    expect(initialLanguage(null, 'klingon', ['es-AR'])).toBe('es');
    expect(initialLanguage(null, null, ['de-DE'])).toBe('en');
  });
});

describe('setLanguage', () => {
  it('loads Spanish, then switches the strings, the content and the store together', async () => {
    await setLanguage('es', { remember: false });
    expect(language()).toBe('es');
    expect(useStore.getState().language).toBe('es');
    expect(i18n.language).toBe('es');
    expect(i18n.t('toolbar.zoomIn')).toBe('Acercar');
    expect(contentBundle()).not.toBeNull();
    expect(structureName('patella')).toMatch(/rótula/i);
    await setLanguage('en', { remember: false });
    expect(i18n.t('toolbar.zoomIn')).toBe('Zoom in');
    expect(contentBundle()).toBeNull();
    expect(structureName('patella')).toBe('Patella (kneecap)');
  });

  it('searches with the words Spanish speakers type, with or without accents', async () => {
    await setLanguage('es', { remember: false });
    const first = (q: string) => searchStructures(q, searchEntries())[0];
    expect(first('rótula')).toBe('patella');
    expect(first('rotula')).toBe('patella');
    expect(first('pata de ganso')).toBe('sartorius-tendon');
    expect(searchStructures('menisco', searchEntries())).toEqual(
      expect.arrayContaining(['medial-meniscus', 'lateral-meniscus']),
    );
    expect(first('LCA')).toBe('acl');
    expect(first('ligamento lateral interno')).toBe('superficial-mcl');
  });

  it('applies only the latest request when two overlap', async () => {
    const first = setLanguage('es', { remember: false });
    const second = setLanguage('en', { remember: false });
    await Promise.all([first, second]);
    expect(language()).toBe('en');
    expect(i18n.language).toBe('en');
  });

  it('remembers a chosen language on this device, but not one that came from a link', async () => {
    const stored = fakeStorage();
    await setLanguage('es', { remember: false });
    expect(stored.size).toBe(0);
    await setLanguage('es');
    expect(storedLanguage()).toBe('es');
  });

  it('starts in the browser’s language unless the user chose another', async () => {
    const stored = fakeStorage();
    await startLanguage(browserWith(['es-CO', 'en']));
    expect(language()).toBe('es');
    stored.set('knee-explorer:language', 'en');
    await startLanguage(browserWith(['es-CO']));
    expect(language()).toBe('en');
    expect(stored.get('knee-explorer:language')).toBe('en');
  });
});
