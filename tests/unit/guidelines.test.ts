import { describe, expect, it } from 'vitest';
import { collectCited, getCondition, getSource, isSourceKey } from '../../src/content';
import { guidelines, guidelinesFor } from '../../src/content/guidelines';

describe('what guidelines say (issue #9)', () => {
  it('shows the ACR/AF 2019 position in its exact words, cited to the guideline', () => {
    const acr = guidelines.find((g) => g.id === 'acr-af-2019');
    expect(acr?.position).toBe('conditionally recommends against');
    expect(acr?.quote.text).toBe(
      'Prolotherapy is conditionally recommended against in patients with knee and/or hip OA.',
    );
    const source = getSource('kolasinski-2020-acr-guideline');
    expect(source?.type).toBe('guideline');
    expect(source?.refKey).toBe('E10');
    expect(source?.citation).toMatch(/Arthritis Care Res \(Hoboken\)\. 2020;72\(2\):149-162/);
    expect(source?.doi).toBe('10.1002/acr.24131');
  });

  it('every statement is cited, every source resolves, every condition exists', () => {
    for (const g of guidelines) {
      expect(collectCited(g).length, g.id).toBeGreaterThanOrEqual(4);
      for (const key of g.sources) expect(isSourceKey(key), key).toBe(true);
      for (const id of g.conditions) expect(getCondition(id), id).toBeDefined();
    }
  });

  it('reaches the osteoarthritis card and no card it does not speak to', () => {
    expect(guidelinesFor('knee-osteoarthritis').map((g) => g.id)).toEqual(['acr-af-2019']);
    expect(guidelinesFor('chronic-mcl-sprain')).toEqual([]);
  });
});
