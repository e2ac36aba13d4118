import { beforeEach, describe, expect, it } from 'vitest';
import { open, select } from '../../src/state/navigation';
import { labelsShown, lock, setLabels, setMode, unlock } from '../../src/state/presentation';
import { resetStore, useStore } from '../../src/state/store';
import { anchorsMoved } from '../../src/ui/explain/use-camera-moved';

const state = () => useStore.getState();

describe('explain mode, labels and the patient lock', () => {
  beforeEach(resetStore);

  it('switches modes; labels are always shown in explain mode, whatever the toggle says', () => {
    expect(state().mode).toBe('explore');
    expect(labelsShown(state())).toBe(false);
    setLabels(true);
    expect(labelsShown(state())).toBe(true);
    setLabels(false);
    setMode('explain');
    expect(state().mode).toBe('explain');
    expect(state().labels).toBe(false);
    expect(labelsShown(state())).toBe(true);
  });

  it('locks only in explain mode', () => {
    expect(lock()).toBe(false);
    expect(state().locked).toBe(false);
    setMode('explain');
    expect(lock()).toBe(true);
    expect(state().locked).toBe(true);
  });

  it('the lock refuses every selection change (3D tap, list, clear) until unlocked', () => {
    select('superficial-mcl');
    setMode('explain');
    lock();
    expect(select('acl')).toBe(false);
    expect(select(null)).toBe(false);
    open({ selected: null, condition: 'chronic-mcl-sprain', site: null });
    expect(state().selected).toBe('superficial-mcl');
    expect(state().condition).toBeNull();
    unlock();
    expect(select('acl')).toBe(true);
    expect(state().selected).toBe('acl');
  });

  it('leaving explain mode unlocks', () => {
    setMode('explain');
    lock();
    setMode('explore');
    expect(state()).toMatchObject({ mode: 'explore', locked: false });
    expect(select('pcl')).toBe(true);
  });

  it('does not notify subscribers when nothing changes', () => {
    setMode('explain');
    let calls = 0;
    const stop = useStore.subscribe(() => calls++);
    setMode('explain');
    setLabels(false);
    unlock();
    stop();
    expect(calls).toBe(0);
  });
});

describe('the pen clears when the view moves', () => {
  const spot = (id: string, x: number, y: number) => ({ id, x, y, visible: true });

  it('counts a move of the same anchors, not a new set of anchors or a jitter', () => {
    const a = [spot('femur', 100, 100), spot('tibia', 200, 300)];
    expect(anchorsMoved(a, [spot('femur', 100, 100), spot('tibia', 210, 300)])).toBe(true);
    expect(anchorsMoved(a, [spot('femur', 101, 100.5), spot('tibia', 200, 301)])).toBe(false);
    expect(anchorsMoved(a, [spot('femur', 150, 100)])).toBe(false);
    expect(anchorsMoved(a, [spot('patella', 150, 100), spot('tibia', 200, 300)])).toBe(false);
  });
});
