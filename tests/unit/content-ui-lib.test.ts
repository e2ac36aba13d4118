import { describe, expect, it } from 'vitest';
import { conditions, getCondition, sites } from '../../src/content';
import { markersFor, numberSources } from '../../src/lib/citations';
import { declutter } from '../../src/lib/declutter';
import { initialReadingLevel, isReadingLevel } from '../../src/lib/reading-level';
import { markerNumber, shownSiteIds, sitesForStructure } from '../../src/lib/site-markers';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { startLayers } from '../../src/state/store';

const none = {
  selected: null,
  condition: null,
  site: null,
  allSites: false,
  layers: startLayers(),
  isolate: false,
};

describe('citation numbering', () => {
  it('numbers sources in reading order, once each', () => {
    const n = numberSources([
      { text: 'a', sources: ['x', 'y'] },
      { text: 'b', sources: ['z', 'x'] },
    ]);
    expect(n.keys).toEqual(['x', 'y', 'z']);
    expect(n.numberOf('z')).toBe(3);
    expect(n.numberOf('missing')).toBe(0);
  });

  it('gives each statement its sorted, distinct markers', () => {
    const n = numberSources([
      { text: 'a', sources: ['x'] },
      { text: 'b', sources: ['y', 'x', 'y'] },
    ]);
    expect(markersFor({ text: 'b', sources: ['y', 'x', 'y'] }, n)).toEqual([1, 2]);
  });
});

describe('reading level', () => {
  it('the link wins, then the device, then patient', () => {
    expect(initialReadingLevel('clinician', 'patient')).toBe('clinician');
    expect(initialReadingLevel(null, 'clinician')).toBe('clinician');
    expect(initialReadingLevel('expert', 'nonsense')).toBe('patient');
    expect(initialReadingLevel(null, null)).toBe('patient');
    expect(isReadingLevel('patient')).toBe(true);
    expect(isReadingLevel(3)).toBe(false);
  });

  it('reads ?level= from the link and reports a value it does not know', () => {
    expect(parseUrlState('?level=clinician').state.level).toBe('clinician');
    expect(parseUrlState('?s=lcl').state.level).toBeUndefined();
    const bad = parseUrlState('?level=expert');
    expect(bad.state.level).toBeUndefined();
    expect(bad.problems).toEqual([{ kind: 'unknown-param', name: 'level=expert' }]);
  });

  it('writes the level only when it is not the default', () => {
    expect(serializeUrlState({ selected: 'lcl', level: 'clinician' })).toBe('?s=lcl&level=clinician');
    expect(serializeUrlState({ selected: 'lcl', level: 'patient' })).toBe('?s=lcl');
  });
});

describe('which injection-site markers show', () => {
  it('none without a selection, condition or toggle', () => {
    expect(shownSiteIds(sites, none, getCondition)).toEqual([]);
  });

  it('all of them with the toggle', () => {
    expect(shownSiteIds(sites, { ...none, allSites: true }, getCondition)).toEqual(sites.map((s) => s.id));
  });

  it('those on the selected structure (target or also-reached)', () => {
    const ids = shownSiteIds(sites, { ...none, selected: 'superficial-mcl' }, getCondition);
    expect(ids).toEqual(expect.arrayContaining(['ea-1', 'ea-2']));
    for (const id of ids) {
      const s = sites.find((x) => x.id === id);
      expect(s?.target === 'superficial-mcl' || s?.alsoTargets.includes('superficial-mcl')).toBe(true);
    }
    expect(sitesForStructure(sites, 'deep-mcl').map((s) => s.id)).toContain('ea-3');
  });

  it('those reaching any structure of the open condition, which wins over the selection', () => {
    for (const c of conditions) {
      const ids = shownSiteIds(sites, { ...none, selected: 'patella', condition: c.id }, getCondition);
      const expected = sites
        .filter((s) => c.structures.some((id) => s.target === id || s.alsoTargets.includes(id)))
        .map((s) => s.id);
      expect(ids, c.id).toEqual(expected);
    }
  });

  it('the open site always shows, and markers are numbered 1..n in content order', () => {
    expect(shownSiteIds(sites, { ...none, site: 'ia-2' }, getCondition)).toEqual(['ia-2']);
    expect(sites.map((s) => markerNumber(sites, s.id))).toEqual(sites.map((_, i) => i + 1));
  });
});

describe('declutter', () => {
  const minGap = (spots: { x: number; y: number }[]) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < spots.length; i++)
      for (let j = i + 1; j < spots.length; j++) {
        const a = spots[i];
        const b = spots[j];
        if (a && b) min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
      }
    return min;
  };

  it('leaves markers that are far enough apart where they are', () => {
    const spots = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(declutter(spots, 30)).toEqual(spots);
  });

  it('separates close and coincident markers to the gap, deterministically', () => {
    const spots = [
      { x: 50, y: 50 },
      { x: 55, y: 52 },
      { x: 50, y: 50 },
    ];
    const out = declutter(spots, 30, 20);
    expect(minGap(out)).toBeGreaterThanOrEqual(29.5);
    expect(declutter(spots, 30, 20)).toEqual(out);
    // They stay near where they were.
    for (const [i, p] of out.entries()) {
      const s = spots[i];
      if (s) expect(Math.hypot(p.x - s.x, p.y - s.y)).toBeLessThan(40);
    }
  });
});
