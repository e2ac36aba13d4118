import { describe, expect, it } from 'vitest';
import {
  conditions,
  evidenceOverview,
  procedureFacts,
  redFlags,
  sites,
  structureInfo,
  studies,
} from '../../src/content';
import { guidelines } from '../../src/content/guidelines';
import { quizzes } from '../../src/content/quizzes';
import { tours } from '../../src/content/tours';
import { timelineEn } from '../../src/i18n/en-timeline';
import { readability, sentencesOf } from '../helpers/readability';

/**
 * Issue #9: patient-level text aims at grade 8 or below (Flesch–Kincaid, computed here with the
 * `syllable` package). Every string a patient reads is checked: the `patient` variants, the studies'
 * `plain` sentences, and anything else the patient level shows.
 */
const CEILING = 8;

interface Entry {
  where: string;
  text: string;
}

/** Every `patient` / `plain` statement nested anywhere in the content, with its path. */
const patientEntries = (root: Record<string, unknown>): Entry[] => {
  const out: Entry[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}[${i}]`);
      });
    } else if (v !== null && typeof v === 'object') {
      const id = 'id' in v && typeof v.id === 'string' ? `(${v.id})` : '';
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'patient' || k === 'plain') && x !== null && typeof x === 'object' && 'text' in x)
          out.push({ where: `${path}${id}.${k}`, text: String(x.text) });
        else walk(x, `${path}${id}.${k}`);
      }
    }
  };
  for (const [k, v] of Object.entries(root)) walk(v, k);
  return out;
};

/** What the timeline says at patient level (its phase sentences, caveat and notes). */
const timelineEntries = (): Entry[] => {
  const tl = timelineEn;
  const named = {
    ...Object.fromEntries(Object.entries(tl.what.patient).map(([k, v]) => [`what.patient.${k}`, v])),
    'caveat.patient': tl.caveat.patient,
    'thickening.patient': tl.thickening.patient,
    jointOnly: tl.jointOnly,
    poorHealer: tl.poorHealer,
    'mine.intro': tl.mine.intro,
  };
  return Object.entries(named).map(([k, text]) => ({ where: `timeline.${k}`, text }));
};

/** Issue #11: what the tour picker, the quizzes' prompts and their feedback say (patient-level text). */
const classroomEntries = (): Entry[] => [
  ...tours.map((t) => ({ where: `tours(${t.id}).summary`, text: t.summary })),
  ...quizzes.flatMap((q) => [
    { where: `quizzes(${q.id}).summary`, text: q.summary },
    ...q.questions.flatMap((x) => [
      { where: `quizzes(${q.id}).${x.id}.prompt`, text: x.prompt },
      { where: `quizzes(${q.id}).${x.id}.explanation`, text: x.explanation.text },
    ]),
  ]),
];

const entries = [
  ...patientEntries({
    structureInfo,
    conditions,
    sites,
    procedureFacts,
    studies,
    evidenceOverview,
    guidelines,
    redFlags,
    tours,
  }),
  ...timelineEntries(),
  ...classroomEntries(),
];

describe('readability of patient text (issue #9)', () => {
  it('the grade formula behaves', () => {
    expect(readability('The cat sat on the mat.').grade).toBeLessThan(2);
    expect(
      readability(
        'Prolotherapy means injecting a mildly irritating concentrated solution where ligaments attach, repeated over several visits.',
      ).grade,
    ).toBeGreaterThan(12);
    expect(sentencesOf('About 15.3 points, e.g. on WOMAC. Then more.')).toHaveLength(2);
  });

  it('finds the patient strings', () => {
    expect(entries.length).toBeGreaterThan(100);
    // Every tour caption's patient text, every quiz prompt and explanation (issue #11).
    const captions = tours.reduce((n, t) => n + t.steps.length, 0);
    const asked = quizzes.reduce((n, q) => n + q.questions.length, 0);
    expect(entries.filter((e) => e.where.startsWith('tours[')).length).toBe(captions);
    expect(entries.filter((e) => /^quizzes\(.*\.(prompt|explanation)$/.test(e.where)).length).toBe(2 * asked);
  });

  it(`every patient-level string reads at grade ${CEILING} or below`, () => {
    const offenders = entries
      .map((e) => ({ ...e, grade: readability(e.text).grade }))
      .filter((e) => e.grade > CEILING)
      .map((e) => `${e.grade.toFixed(1)}  ${e.where}: ${e.text}`);
    expect(offenders).toEqual([]);
  });
});
