import { describe, expect, it } from 'vitest';
import { getCondition, getSite, sites } from '../../src/content';
import { getStructure } from '../../src/content/structures';
import { type MarkerQuery, shownSiteIds, siteTargetShown } from '../../src/lib/site-markers';
import { startLayers } from '../../src/state/store';

const base: MarkerQuery = {
  selected: null,
  condition: null,
  site: null,
  allSites: true,
  layers: startLayers(),
  isolate: false,
};

const categoryOf = (siteId: string): string => {
  const site = getSite(siteId);
  const structure = site ? getStructure(site.target) : undefined;
  if (!structure) throw new Error(`no target for ${siteId}`);
  return structure.category;
};

describe('injection-site markers follow the tissue layers', () => {
  it('every site shows with all layers on', () => {
    expect(shownSiteIds(sites, base, getCondition)).toEqual(sites.map((s) => s.id));
  });

  it('a layer turned off hides exactly the markers whose target is in it', () => {
    for (const category of ['capsule', 'ligament', 'tendon'] as const) {
      const q = { ...base, layers: { ...startLayers(), [category]: false } };
      const shown = shownSiteIds(sites, q, getCondition);
      const expected = sites.filter((s) => categoryOf(s.id) !== category).map((s) => s.id);
      expect(shown, category).toEqual(expected);
      expect(shown.length, category).toBeLessThan(sites.length);
    }
  });

  it('hides the open site too when its target layer is off', () => {
    const open = { ...base, allSites: false, site: 'ia-1' };
    expect(shownSiteIds(sites, open, getCondition)).toEqual(['ia-1']);
    const hidden = { ...open, layers: { ...startLayers(), [categoryOf('ia-1')]: false } };
    expect(shownSiteIds(sites, hidden, getCondition)).toEqual([]);
  });

  it('isolate keeps only markers on the isolated structure', () => {
    const q = { ...base, selected: 'superficial-mcl', isolate: true };
    const shown = shownSiteIds(sites, q, getCondition);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(getSite(id)?.target).toBe('superficial-mcl');
    const ia = getSite('ia-1');
    expect(ia && siteTargetShown(ia, q)).toBe(false);
    expect(ia && siteTargetShown(ia, { ...q, isolate: false })).toBe(true);
  });
});
