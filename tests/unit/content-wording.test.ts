import { describe, expect, it } from 'vitest';
import {
  type Cited,
  collectCited,
  conditions,
  evidenceOverview,
  getCondition,
  getStudy,
  procedureFacts,
  redFlags,
  sites,
  structureInfo,
  studies,
} from '../../src/content';
import { clinicalDigest, copiedRuns } from '../helpers/clinical-reference';

// The research notes beside the repository, or their committed digest where they are absent (CI).
const clinical = clinicalDigest();

const allContent = { structureInfo, conditions, sites, procedureFacts, studies, evidenceOverview, redFlags };

/**
 * Content without the measurement fields (attachments, dimensions, study results, anchors, landmarks),
 * whose wording is dictated by the measured positions and numbers they report.
 */
const dataKeys = new Set(['attachments', 'dimensions', 'results', 'anchor', 'landmark']);
const proseOnly = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(proseOnly);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => !dataKeys.has(k))
      .map(([k, x]) => [k, proseOnly(x)]),
  );
};

/** Patient-facing statements: the `patient` variants and the studies' plain sentences. */
const patientTexts = (): Cited[] => {
  const out: Cited[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'patient' || k === 'plain') out.push(x as Cited);
        else walk(x);
      }
    }
  };
  walk(allContent);
  return out;
};

describe('own words', () => {
  it('no prose statement copies a run of 10 or more words from clinical.md', () => {
    const copied = collectCited(proseOnly(allContent)).flatMap((c) =>
      copiedRuns(c.text, clinical).map((g) => `"${g}" in "${c.text}"`),
    );
    expect(clinical.runs.length).toBeGreaterThan(5000);
    expect(copied).toEqual([]);
  });
});

describe('numbers as published', () => {
  it('every decimal in a study result appears in clinical.md', () => {
    // As a substring of a published figure, as `clinical.includes(num)` would find it in the text.
    const published = (num: string): boolean => clinical.decimals.some((d) => d.includes(num));
    expect(clinical.decimals.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const s of studies) {
      for (const r of s.results) {
        for (const num of r.text.match(/\d+\.\d+/g) ?? []) {
          if (!published(num)) missing.push(`${s.id}: ${num}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the key WOMAC figures are quoted exactly', () => {
    const rabago =
      getStudy('rabago-2013')
        ?.results.map((r) => r.text)
        .join(' ') ?? '';
    for (const f of ['15.3 ± 3.5', '7.6 ± 3.4', '8.2 ± 3.3']) expect(rabago).toContain(f);
    const sit =
      getStudy('sit-2020')
        ?.results.map((r) => r.text)
        .join(' ') ?? '';
    expect(sit).toContain('−10.34 (95% CI −19.20 to −1.49)');
    expect(sit).toContain('−9.65 (−17.77 to −1.53)');
    const dumais =
      getStudy('dumais-2012')
        ?.results.map((r) => r.text)
        .join(' ') ?? '';
    expect(dumais).toContain('11.9 points (29.5%)');
  });
});

describe('education, not advice', () => {
  it('patient text makes no promises', () => {
    const banned = /\b(cures?|guarantee[sd]?|proven to|will heal|regrows?|permanent(ly)?|rebuilds?)\b/i;
    const offenders = patientTexts()
      .filter((c) => banned.test(c.text))
      .map((c) => c.text);
    expect(patientTexts().length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it('conditions without trials say the benefit is unknown', () => {
    for (const c of conditions.filter((x) => x.evidence.strength === 'none')) {
      expect(c.evidence.summary.patient.text, c.id).toMatch(/not known/);
    }
    expect(getCondition('knee-osteoarthritis')?.evidence.strength).not.toBe('none');
  });

  it('pain-relief advice says what the sources say about anti-inflammatories', () => {
    const fact = procedureFacts.find((f) => f.id === 'pain-relievers');
    expect(fact).toBeDefined();
    expect(fact?.body.patient.text).toMatch(/anti-inflammatory/);
    expect(fact?.body.patient.text).toMatch(/ask your clinician/i);
    expect(fact?.body.clinician.text).toMatch(/NSAIDs/);
  });

  it('the limits cover modest benefit, bias, animal-only ligament data and the hypothetical mechanism', () => {
    const ids = evidenceOverview.limits.map((l) => l.id);
    for (const id of ['modest-benefit', 'risk-of-bias', 'animal-ligament-data', 'mechanism-hypothesis']) {
      expect(ids).toContain(id);
    }
  });

  it('the seed article’s what-to-expect points are all present', () => {
    const ids = procedureFacts.map((f) => f.id);
    for (const id of [
      'assessment-first',
      'imaging-guidance',
      'solution',
      'several-injections',
      'course-of-sessions',
      'soreness-aftercare',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
