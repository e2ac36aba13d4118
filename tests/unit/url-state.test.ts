import { describe, expect, it } from 'vitest';
import type { StructureId } from '../../src/content/structures';
import { parseUrlState, serializeUrlState, urlModes } from '../../src/lib/url-state';
import { modes } from '../../src/state/store';

const parse = (search: string) => parseUrlState(search);

describe('URL state', () => {
  it('reads the selection', () => {
    expect(parse('?s=superficial-mcl')).toEqual({ state: { selected: 'superficial-mcl' }, problems: [] });
  });

  it('an empty link selects nothing and reports nothing', () => {
    expect(parse('')).toEqual({ state: { selected: null }, problems: [] });
    expect(parse('?s=')).toEqual({ state: { selected: null }, problems: [] });
  });

  it('reports an unknown structure and selects nothing', () => {
    expect(parse('?s=xyz')).toEqual({
      state: { selected: null },
      problems: [{ kind: 'unknown-structure', id: 'xyz' }],
    });
  });

  it('reports each unknown parameter once, and still applies the rest', () => {
    const { state, problems } = parse('?zoom=9&s=patella&foo=1&zoom=3');
    expect(state.selected).toBe('patella');
    expect(problems).toEqual([
      { kind: 'unknown-param', name: 'zoom' },
      { kind: 'unknown-param', name: 'foo' },
    ]);
  });

  it('never throws on odd input', () => {
    for (const search of ['?%E0%A4%A', '?s=%20', '?&&=', '??s=acl', '?s=ACL', '?s=<script>']) {
      expect(() => parse(search)).not.toThrow();
    }
    expect(parse('?s=ACL').state.selected).toBeNull();
  });

  it('writes the selection, and nothing when nothing is selected', () => {
    expect(serializeUrlState({ selected: 'superficial-mcl' })).toBe('?s=superficial-mcl');
    expect(serializeUrlState({ selected: null })).toBe('');
  });

  it('round-trips every structure id', () => {
    const ids: StructureId[] = ['femur', 'posterior-oblique-ligament', 'pes-anserine-bursa'];
    for (const id of ids) {
      expect(parse(serializeUrlState({ selected: id })).state.selected).toBe(id);
    }
  });
});

describe('URL state: explain mode', () => {
  it('reads ?mode=explain and ?mode=explore, and leaves mode out when the link does not say', () => {
    expect(parse('?mode=explain')).toEqual({ state: { selected: null, mode: 'explain' }, problems: [] });
    expect(parse('?s=patella&mode=explore').state).toEqual({ selected: 'patella', mode: 'explore' });
    expect(parse('?s=patella').state).not.toHaveProperty('mode');
  });

  it('reports an unknown mode as an ignored setting and applies the rest', () => {
    expect(parse('?s=acl&mode=lecture')).toEqual({
      state: { selected: 'acl' },
      problems: [{ kind: 'unknown-param', name: 'mode=lecture' }],
    });
  });

  it('reads and writes ?mode=present (issue #11)', () => {
    expect(parse('?s=acl&mode=present')).toEqual({
      state: { selected: 'acl', mode: 'present' },
      problems: [],
    });
    expect(serializeUrlState({ selected: null, mode: 'present' })).toBe('?mode=present');
  });

  it('writes mode=explain only (explore is the default) and round-trips it', () => {
    expect(serializeUrlState({ selected: 'acl', mode: 'explain' })).toBe('?s=acl&mode=explain');
    expect(serializeUrlState({ selected: null, mode: 'explore' })).toBe('');
    expect(parse(serializeUrlState({ selected: 'pcl', mode: 'explain' })).state.mode).toBe('explain');
  });

  it('knows exactly the modes the store has', () => {
    expect([...urlModes]).toEqual([...modes]);
  });
});
