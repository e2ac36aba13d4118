import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchStore } from '../../src/api/embed-events';
import { originPolicy } from '../../src/api/embed-origins';
import { fullAppUrl, isFramed } from '../../src/lib/embed-page';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { startServiceWorker } from '../../src/pwa/register';
import { select } from '../../src/state/navigation';
import { resetStore, useStore } from '../../src/state/store';
import { pause, play, setDay, setSchedule } from '../../src/state/timeline';
import { startUrlSync } from '../../src/state/url-sync';
import { fakeWindow, startFrom } from '../helpers/url-fuzz';

describe('?embed=1 in the link', () => {
  it('is a known setting: no notice, and the state says embed', () => {
    expect(parseUrlState('?s=acl&embed=1')).toEqual({
      state: { selected: 'acl', embed: true },
      problems: [],
    });
    expect(parseUrlState('?embed=0')).toEqual({ state: { selected: null }, problems: [] });
    expect(parseUrlState('?embed=yes').problems).toEqual([{ kind: 'unknown-param', name: 'embed=yes' }]);
    expect(serializeUrlState({ selected: 'acl', embed: true })).toBe('?s=acl&embed=1');
  });

  it('start-up applies it without a notice, and the address bar keeps it as the selection changes', () => {
    const started = startFrom('?s=acl&embed=1');
    expect(started.notices).toEqual([]);
    expect(started.search).toBe('?s=acl&embed=1');
    resetStore();
    const win = fakeWindow('http://knee.test/?embed=1&day=42');
    const stop = startUrlSync(win);
    expect(useStore.getState().embed).toBe(true);
    select('patella');
    stop();
    expect(new URLSearchParams(win.location.search).get('embed')).toBe('1');
    expect(new URLSearchParams(win.location.search).get('s')).toBe('patella');
    expect(startFrom('?s=acl').search).toBe('?s=acl');
  });

  it('the full app link is the same view without embed', () => {
    expect(fullAppUrl('https://knee.example/app/?s=acl&embed=1&sessions=2026-01-05,2026-02-02#x')).toBe(
      'https://knee.example/app/?s=acl&sessions=2026-01-05,2026-02-02#x',
    );
    expect(fullAppUrl('https://knee.example/?embed=1')).toBe('https://knee.example/');
  });
});

describe('the embed allow-list', () => {
  it('takes exact http(s) origins from any of its sources, space- or comma-separated', () => {
    const policy = originPolicy(
      'https://clinic.example/, http://localhost:8080',
      undefined,
      'https://clinic.example',
    );
    expect(policy.origins).toEqual(['https://clinic.example', 'http://localhost:8080']);
    expect(policy.configured).toBe(true);
    expect(policy.allows('https://clinic.example')).toBe(true);
    expect(policy.allows('https://clinic.example.evil')).toBe(false);
    expect(policy.allows('http://clinic.example')).toBe(false);
    expect(policy.allows('null')).toBe(false);
  });

  it('leaves out what is not an origin; a list of only such entries lets nobody in', () => {
    const bad = [
      '*',
      'null',
      'https://*.example',
      'clinic.example',
      'https://a.example/path',
      'javascript:x',
    ];
    const policy = originPolicy(bad.join(' '));
    expect(policy.invalid).toEqual(bad);
    expect(policy.origins).toEqual([]);
    expect(policy.allows('https://a.example')).toBe(false);
  });

  it('with nothing configured, any origin may drive the app', () => {
    const policy = originPolicy(undefined, null, '  ');
    expect(policy.configured).toBe(false);
    expect(policy.allows('https://anyone.example')).toBe(true);
  });
});

describe('embed events from the store', () => {
  beforeEach(resetStore);

  it('a selection change and a timeline change each post one event, whatever made them', () => {
    const emit = vi.fn();
    const stop = watchStore(emit);
    select('patella');
    setDay(42);
    setSchedule('sit-2020');
    stop();
    select('acl');
    expect(emit.mock.calls).toEqual([
      ['selection', { selected: 'patella', condition: null, site: null }],
      ['timeline', { day: 42, playing: false, schedule: 'rabago-2013' }],
      ['timeline', { day: 42, playing: false, schedule: 'sit-2020' }],
    ]);
  });

  it('while playing, one event per whole day, not per frame', () => {
    const emit = vi.fn();
    const stop = watchStore(emit);
    play();
    for (const day of [0.2, 0.5, 0.9, 1.1, 1.6, 2.05]) setDay(day, true);
    pause();
    stop();
    expect(emit.mock.calls.map(([, d]) => d)).toEqual([
      { day: 0, playing: true, schedule: 'rabago-2013' },
      { day: 1.1, playing: true, schedule: 'rabago-2013' },
      { day: 2.05, playing: true, schedule: 'rabago-2013' },
      { day: 2, playing: false, schedule: 'rabago-2013' },
    ]);
  });
});

describe('framed pages', () => {
  it('are told apart from top-level ones, even where reading top throws', () => {
    const top = {};
    expect(isFramed({ self: top, top })).toBe(false);
    expect(isFramed({ self: {}, top })).toBe(true);
    const refusing = {
      self: {},
      get top(): unknown {
        throw new Error('SecurityError');
      },
    };
    expect(isFramed(refusing)).toBe(true);
  });

  it('register no service worker (no wait for knee:ready either); a top-level page does', () => {
    const page = (framed: boolean) => {
      const self = { navigator: { serviceWorker: {} }, addEventListener: vi.fn(), setTimeout: vi.fn() };
      return Object.assign(self, { self, top: framed ? {} : self });
    };
    const framed = page(true);
    startServiceWorker(framed as unknown as Window);
    expect(framed.addEventListener).not.toHaveBeenCalled();
    const alone = page(false);
    startServiceWorker(alone as unknown as Window);
    expect(alone.addEventListener).toHaveBeenCalledWith('knee:ready', expect.any(Function), { once: true });
  });
});
