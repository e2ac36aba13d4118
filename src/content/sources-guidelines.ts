import type { SourceInput } from './clinical-schema';

/**
 * Clinical practice guidelines whose position on prolotherapy was read in their own text (issue #9).
 * Guidelines whose wording could not be confirmed (AAOS 2021, OARSI 2019, NICE NG226, RACGP 2018)
 * are left out; docs/CLINICAL-REVIEW.md says what was searched.
 */
export const guidelineSources: SourceInput[] = [
  {
    key: 'kolasinski-2020-acr-guideline',
    refKey: 'E10',
    citation:
      'Kolasinski SL, Neogi T, Hochberg MC, et al. 2019 American College of Rheumatology/Arthritis Foundation Guideline for the Management of Osteoarthritis of the Hand, Hip, and Knee. Arthritis Care Res (Hoboken). 2020;72(2):149-162 (published simultaneously in Arthritis Rheumatol. 2020;72(2):220-233).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10518852',
    doi: '10.1002/acr.24131',
    type: 'guideline',
    note: 'Wording read in the Arthritis Rheumatol copy (doi 10.1002/art.41142, PMC10518852), Results, "Pharmacologic management". clinical.md [E10] gives PMC11488261, which could not be confirmed.',
  },
];
