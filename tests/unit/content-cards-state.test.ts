import { beforeEach, describe, expect, it } from 'vitest';
import { getCondition } from '../../src/content';
import { openCondition, openSite, openStructure } from '../../src/state/cards';
import { focusIds, highlightedIds, structureLook } from '../../src/state/highlight';
import { closeCard, goBack, select } from '../../src/state/navigation';
import { resetStore, useStore } from '../../src/state/store';

const card = () => {
  const { selected, condition, site } = useStore.getState();
  return { selected, condition, site };
};

describe('card navigation', () => {
  beforeEach(resetStore);

  it('a condition highlights its structures and x-rays the rest', () => {
    expect(openCondition('chronic-mcl-sprain')).toBe(true);
    const structures = getCondition('chronic-mcl-sprain')?.structures ?? [];
    expect(highlightedIds(useStore.getState())).toEqual(structures);
    expect(focusIds(useStore.getState())).toEqual(structures);
    expect(structureLook(useStore.getState(), structures[0] ?? '')).toBe('selected');
    expect(structureLook(useStore.getState(), 'patella')).toBe('xray');
    expect(openCondition('no-such')).toBe(false);
  });

  it('Back walks the cards in reverse', () => {
    select('superficial-mcl');
    openCondition('chronic-mcl-sprain');
    openSite('ea-1');
    expect(card()).toEqual({ selected: null, condition: 'chronic-mcl-sprain', site: 'ea-1' });
    expect(structureLook(useStore.getState(), 'patella')).toBe('xray');
    openStructure('patella');
    expect(card()).toEqual({ selected: 'patella', condition: null, site: null });
    expect(goBack()).toBe(true);
    expect(card()).toEqual({ selected: null, condition: 'chronic-mcl-sprain', site: 'ea-1' });
    goBack();
    expect(card()).toEqual({ selected: null, condition: 'chronic-mcl-sprain', site: null });
    goBack();
    expect(card()).toEqual({ selected: 'superficial-mcl', condition: null, site: null });
    expect(goBack()).toBe(false);
  });

  it('choosing a structure in 3D replaces a condition; closing clears everything', () => {
    openCondition('patellar-tendinopathy');
    select('lcl');
    expect(card()).toEqual({ selected: 'lcl', condition: null, site: null });
    expect(highlightedIds(useStore.getState())).toEqual([]);
    openSite('ea-5');
    closeCard();
    expect(card()).toEqual({ selected: 'lcl', condition: null, site: null });
    closeCard();
    expect(card()).toEqual({ selected: null, condition: null, site: null });
    expect(useStore.getState().back).toEqual([]);
  });
});
