import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clinicalPath, committedDigest, copiedRuns, digestOf, hasNotes } from '../helpers/clinical-reference';

describe('the committed digest of clinical.md (what the wording tests read on CI)', () => {
  it('is current where the notes are present, and usable everywhere', () => {
    const digest = committedDigest();
    expect(digest.runs.length).toBeGreaterThan(5000);
    expect(digest.decimals.length).toBeGreaterThan(50);
    if (hasNotes()) {
      // Stale: run `npx tsx tests/helpers/clinical-reference.ts` and commit the fixture.
      expect(digest).toEqual(digestOf(readFileSync(clinicalPath, 'utf8')));
    }
  });

  it('finds a copied run and nothing in unrelated prose', () => {
    const text = 'the knee is a hinge joint where the thigh bone meets the shin bone and the kneecap';
    const digest = digestOf(`Intro. ${text}. Outro.`);
    expect(copiedRuns(`Someone wrote: ${text}.`, digest)).toHaveLength(8);
    expect(copiedRuns('A wholly different sentence of more than ten words, in other words.', digest)).toEqual(
      [],
    );
  });
});
