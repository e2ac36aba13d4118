import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../src/api/embed-bridge';
import { originPolicy } from '../../src/api/embed-origins';
import { apiMethods } from '../../src/api/embed-protocol';
import { createApi } from '../../src/api/install';
import { resetStore, useStore } from '../../src/state/store';
import { FakeHost, request } from '../helpers/embed-fake';

const CLINIC = 'https://clinic.example';
const open = originPolicy();

/** A bridge over the real API (the same object window.kneeExplorer is) in a fake framed page. */
const realBridge = (policy = open, parentOrigin: string | null = null) => {
  const host = new FakeHost(parentOrigin);
  const warn = vi.fn();
  const bridge = createBridge({ host, api: createApi(Promise.resolve()), policy, warn });
  return { host, bridge, warn };
};

describe('embed bridge: requests', () => {
  beforeEach(resetStore);

  it('a valid call runs the API method and replies with its result, to the requesting origin only', async () => {
    const { host } = realBridge();
    host.deliver(request(1, 'select', ['patella']), CLINIC);
    await host.postedAtLeast(1);
    host.deliver(request('two', 'selected'), CLINIC);
    const [first, second] = await host.postedAtLeast(2);
    expect(first).toEqual({
      message: { type: 'knee-explorer:response', id: 1, result: undefined },
      target: CLINIC,
    });
    expect(second?.message).toEqual({ type: 'knee-explorer:response', id: 'two', result: 'patella' });
    expect(useStore.getState().selected).toBe('patella');
    expect(host.posted.every((p) => p.target === CLINIC)).toBe(true);
  });

  it('answers an unknown method, a prototype name or a property path with an error, calling nothing', async () => {
    const { host } = realBridge();
    const names = [
      'eval',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'ready',
      'select.call',
      42,
    ];
    for (const [i, name] of names.entries()) host.deliver(request(i, name, ['patella']), CLINIC);
    const posted = await host.postedAtLeast(names.length);
    expect(posted).toHaveLength(names.length);
    for (const [i, p] of posted.entries()) {
      expect(p.message).toMatchObject({
        id: i,
        error: expect.stringMatching(/^unknown method ".*"; use one of/),
      });
      expect(p.message).not.toHaveProperty('result');
    }
    expect(useStore.getState().selected).toBeNull();
  });

  it('the callable list is the API object own methods: every documented one, never `ready`', () => {
    const methods = apiMethods(createApi(Promise.resolve()));
    for (const m of ['select', 'setDay', 'play', 'pause', 'showCondition', 'startTour', 'answer']) {
      expect(methods.has(m), m).toBe(true);
    }
    expect(methods.has('ready')).toBe(false);
    expect(methods.has('constructor')).toBe(false);
  });

  it('a method that throws replies with its message', async () => {
    const { host } = realBridge();
    host.deliver(request(7, 'select', ['not-a-knee-part']), CLINIC);
    const [reply] = await host.postedAtLeast(1);
    expect(reply?.message).toEqual({
      type: 'knee-explorer:response',
      id: 7,
      error: expect.stringContaining('no structure called "not-a-knee-part"'),
    });
  });

  it('a rejected promise, a thrown non-Error and a result that cannot be cloned each reply with an error', async () => {
    const host = new FakeHost();
    const api = {
      rejects: async () => Promise.reject(new Error('the model is not loaded')),
      throwsText: () => {
        throw 'plain text';
      },
      givesFunction: () => () => 1,
      givesData: () => ({ day: 42, at: [1, 2] }),
    };
    createBridge({ host, api, policy: open });
    host.deliver(request('a', 'rejects'), CLINIC);
    host.deliver(request('b', 'throwsText'), CLINIC);
    host.deliver(request('c', 'givesFunction'), CLINIC);
    host.deliver(request('d', 'givesData'), CLINIC);
    const byId = Object.fromEntries(
      (await host.postedAtLeast(4)).map((p) => [(p.message as { id: string }).id, p.message]),
    );
    expect(byId.a).toMatchObject({ error: 'the model is not loaded' });
    expect(byId.b).toMatchObject({ error: 'plain text' });
    expect(byId.c).toMatchObject({ error: expect.stringMatching(/^the result cannot be sent/) });
    expect(byId.d).toMatchObject({ result: { day: 42, at: [1, 2] } });
  });

  it('refuses a bad id or non-array args with an error, and ignores messages of other protocols', async () => {
    const { host } = realBridge();
    host.deliver({ type: 'something-else', id: 1, method: 'select', args: ['acl'] }, CLINIC);
    host.deliver('knee-explorer:request', CLINIC);
    host.deliver(request({ nested: 1 }, 'selected'), CLINIC);
    host.deliver(request(3, 'select', 'acl'), CLINIC);
    const posted = await host.postedAtLeast(2);
    expect(posted.map((p) => p.message)).toEqual([
      { type: 'knee-explorer:response', id: null, error: expect.stringContaining('needs an id') },
      { type: 'knee-explorer:response', id: 3, error: 'args of select must be an array' },
    ]);
    expect(useStore.getState().selected).toBeNull();
  });
});

describe('embed bridge: origins', () => {
  beforeEach(resetStore);

  it('ignores a request from an origin not on the allow-list (no reply, no call), warning once', async () => {
    const { host, warn } = realBridge(originPolicy(CLINIC));
    host.deliver(request(1, 'select', ['acl']), 'https://evil.example');
    host.deliver(request(2, 'select', ['acl']), 'https://evil.example');
    host.deliver(request(3, 'selected'), CLINIC);
    const posted = await host.postedAtLeast(1);
    expect(posted).toEqual([
      { message: { type: 'knee-explorer:response', id: 3, result: null }, target: CLINIC },
    ]);
    expect(useStore.getState().selected).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('https://evil.example');
  });

  it('listens to the framing window only: another frame or window of an allowed origin is ignored', async () => {
    const { host } = realBridge();
    host.deliver(request(1, 'select', ['acl']), CLINIC, { postMessage: () => undefined });
    host.deliver(request(2, 'selected'), CLINIC);
    expect(await host.postedAtLeast(1)).toHaveLength(1);
    expect(useStore.getState().selected).toBeNull();
    const alone = new FakeHost(null, false);
    createBridge({ host: alone, api: createApi(Promise.resolve()), policy: open });
    alone.deliver(request(1, 'select', ['acl']), CLINIC, {});
    expect(useStore.getState().selected).toBeNull();
  });

  it('an opaque (null) origin: answered with * when no list is set, ignored when one is', async () => {
    const openHost = realBridge().host;
    openHost.deliver(request(1, 'selected'), 'null');
    expect((await openHost.postedAtLeast(1))[0]?.target).toBe('*');
    const listed = realBridge(originPolicy(CLINIC)).host;
    listed.deliver(request(1, 'selected'), 'null');
    listed.deliver(request(2, 'selected'), CLINIC);
    expect((await listed.postedAtLeast(1)).map((p) => p.target)).toEqual([CLINIC]);
  });

  it('events: to the parent origin once known, else to each allowed origin, or * with no list', async () => {
    const unknownOpen = realBridge();
    unknownOpen.bridge.emit('ready', {});
    expect(unknownOpen.host.posted.map((p) => p.target)).toEqual(['*']);
    unknownOpen.host.deliver(request(1, 'selected'), CLINIC);
    await unknownOpen.host.postedAtLeast(2);
    unknownOpen.bridge.emit('timeline', { day: 1 });
    expect(unknownOpen.host.posted.at(-1)).toEqual({
      message: { type: 'knee-explorer:event', name: 'timeline', detail: { day: 1 } },
      target: CLINIC,
    });
    const listed = realBridge(originPolicy(`${CLINIC} https://course.example`));
    listed.bridge.emit('ready', {});
    expect(listed.host.posted.map((p) => p.target)).toEqual([CLINIC, 'https://course.example']);
    const reported = realBridge(originPolicy(CLINIC), CLINIC);
    reported.bridge.emit('ready', {});
    expect(reported.host.posted.map((p) => p.target)).toEqual([CLINIC]);
    const stranger = realBridge(originPolicy(CLINIC), 'https://evil.example');
    stranger.bridge.emit('ready', {});
    expect(stranger.host.posted).toEqual([]);
  });

  it('stops listening when stopped', () => {
    const { host, bridge } = realBridge();
    expect(host.listening).toBe(true);
    bridge.stop();
    expect(host.listening).toBe(false);
  });
});
