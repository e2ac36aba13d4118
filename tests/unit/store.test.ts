import { beforeEach, describe, expect, it } from 'vitest';
import { categories, defaultLayers } from '../../src/content/schema';
import { isDrawn } from '../../src/lib/visibility';
import { select } from '../../src/state/navigation';
import { resetRuntime, takeCameraCommands } from '../../src/state/runtime';
import {
  addNotice,
  dismissNotice,
  hover,
  markCustomView,
  resetStore,
  rotateCamera,
  setIsolate,
  setLayer,
  setView,
  useStore,
} from '../../src/state/store';

const state = () => useStore.getState();

describe('app store', () => {
  beforeEach(resetStore);

  it('starts with nothing selected, the joint layers on and its neighbours off, the anterior view', () => {
    expect(state().selected).toBeNull();
    expect(state().view).toBe('anterior');
    for (const c of categories) expect(state().layers[c]).toBe(defaultLayers[c]);
    expect(categories.filter((c) => !state().layers[c])).toEqual([
      'muscle',
      'bursa',
      'nerve',
      'vessel',
      'skin',
    ]);
  });

  it('selects known structures, clears with null, and refuses unknown ids', () => {
    expect(select('superficial-mcl')).toBe(true);
    expect(state().selected).toBe('superficial-mcl');
    expect(select('not-a-ligament')).toBe(false);
    expect(state().selected).toBe('superficial-mcl');
    expect(select(null)).toBe(true);
    expect(state().selected).toBeNull();
  });

  it('does not notify subscribers when nothing changes (no needless re-renders)', () => {
    select('acl');
    let calls = 0;
    const unsubscribe = useStore.subscribe(() => calls++);
    select('acl');
    hover(null);
    hover(null);
    unsubscribe();
    expect(calls).toBe(0);
  });

  it('queues each camera command in the runtime, taken by the scene exactly once', () => {
    resetRuntime();
    setView('medial');
    expect(state().view).toBe('medial');
    setView('medial');
    rotateCamera(-1);
    expect(state().view).toBe('custom');
    expect(takeCameraCommands()).toEqual([
      { kind: 'view', view: 'medial' },
      { kind: 'view', view: 'medial' },
      { kind: 'rotate', direction: -1 },
    ]);
    expect(takeCameraCommands()).toEqual([]);
    expect('camera' in state()).toBe(false);
  });

  it('a hand-moved camera is a custom view', () => {
    setView('posterior');
    markCustomView();
    expect(state().view).toBe('custom');
  });

  it('layers hide structures of their category, isolate hides all but the selection', () => {
    expect(isDrawn(state(), 'patellar-tendon')).toBe(true);
    setLayer('tendon', false);
    expect(isDrawn(state(), 'patellar-tendon')).toBe(false);
    expect(isDrawn(state(), 'femur')).toBe(true);
    setLayer('tendon', true);
    setIsolate(true);
    expect(isDrawn(state(), 'femur')).toBe(true); // isolate needs a selection
    select('lcl');
    expect(isDrawn(state(), 'lcl')).toBe(true);
    expect(isDrawn(state(), 'femur')).toBe(false);
    expect(isDrawn(state(), 'no-such-thing')).toBe(false);
    select(null);
    expect(state().isolate).toBe(false);
    expect(isDrawn(state(), 'femur')).toBe(true);
  });

  it('adds and dismisses notices by id', () => {
    const a = addNotice('unknownParam', { name: 'zoom' });
    const b = addNotice('unknownStructure', { id: 'xyz' });
    expect(a).not.toBe(b);
    expect(state().notices.map((n) => n.key)).toEqual(['unknownParam', 'unknownStructure']);
    dismissNotice(a);
    expect(state().notices).toEqual([{ id: b, key: 'unknownStructure', values: { id: 'xyz' } }]);
  });

  it('holds only serialisable data', () => {
    select('patella');
    setView('lateral');
    addNotice('unknownParam', { name: 'foo' });
    const data = Object.fromEntries(Object.entries(state()).filter(([, v]) => typeof v !== 'function'));
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
