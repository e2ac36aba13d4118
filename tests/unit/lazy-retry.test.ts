import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../src/state/store';
import { retryImport } from '../../src/ui/lazy-retry';

/** A chunk that fails `failures` times (as offline), then loads. */
const flaky = (failures: number) => {
  let calls = 0;
  const load = vi.fn(async () => {
    calls++;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { Part: 'loaded' };
  });
  return load;
};

describe('retryImport (a lazy chunk while offline)', () => {
  const online = new EventTarget();
  let onLine = true;
  beforeEach(() => {
    resetStore();
    vi.useFakeTimers();
    vi.stubGlobal('navigator', {
      get onLine() {
        return onLine;
      },
    });
    vi.stubGlobal('addEventListener', online.addEventListener.bind(online));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads at once when the network is there, with no notice', async () => {
    const load = flaky(0);
    await expect(retryImport(load)).resolves.toEqual({ Part: 'loaded' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('says so once, waits for the network, tries again and takes the notice away when it loads', async () => {
    onLine = false;
    const a = flaky(1);
    const b = flaky(1);
    const both = Promise.all([retryImport(a), retryImport(b)]);
    await vi.advanceTimersByTimeAsync(60_000);
    // Offline: nothing is retried until the browser says the network is back.
    expect(a).toHaveBeenCalledTimes(1);
    expect(useStore.getState().notices.map((n) => n.key)).toEqual(['partOffline']);
    onLine = true;
    online.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    await expect(both).resolves.toEqual([{ Part: 'loaded' }, { Part: 'loaded' }]);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('online but failing (a flaky network): tries again after a growing pause', async () => {
    onLine = true;
    const load = flaky(3);
    const done = retryImport(load);
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + 2000 + 4000);
    await expect(done).resolves.toEqual({ Part: 'loaded' });
    expect(load).toHaveBeenCalledTimes(4);
    expect(useStore.getState().notices).toEqual([]);
  });
});
