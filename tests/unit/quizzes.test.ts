import { describe, expect, it } from 'vitest';
import {
  evidenceOverview,
  getCondition,
  getSite,
  getStructureInfo,
  procedureFacts,
  redFlags,
  sites,
  sources,
} from '../../src/content';
import { guidelines } from '../../src/content/guidelines';
import { phases } from '../../src/content/healing';
import { poorHealers } from '../../src/content/healing-evidence';
import { getQuiz, quizzes } from '../../src/content/quizzes';
import { getStructure } from '../../src/content/structures';
import { type Question, QuizSchema } from '../../src/content/tour-schema';

/**
 * Issue #11: the built-in quizzes. They parse, name only content that exists, cite every explanation,
 * and every answer can be read off the content (so a content change that moves an answer fails here).
 */
const sourceKeys = new Set(sources.map((s) => s.key));
const questions = quizzes.flatMap((q) => q.questions);
const question = (id: string): Question => {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const sorted = (ids: readonly string[]): string[] => [...ids].sort();
const kebab = (s: string): string => s.toLowerCase().replace(/\s+/g, '-');
const facts = (id: string): string => procedureFacts.find((f) => f.id === id)?.body.patient.text ?? '';
const limit = (id: string): string =>
  evidenceOverview.limits.find((l) => l.id === id)?.statement.patient.text ?? '';

describe('quizzes parse and point at real content', () => {
  it('at least 24 questions in all, of all three kinds, with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(24);
    for (const kind of ['structure', 'site', 'choice'] as const)
      expect(questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(quizzes.map((q) => q.id)).size).toBe(quizzes.length);
    expect(getQuiz('knee-anatomy')).toBeDefined();
    expect(getQuiz('prolotherapy-basics')).toBeDefined();
  });

  it('every quiz parses with QuizSchema', () => {
    for (const q of quizzes) {
      const r = QuizSchema.safeParse(q);
      expect(r.success, `${q.id}: ${r.error?.message}`).toBe(true);
    }
  });

  it('answers name real structures and sites; choice answers are among the options', () => {
    for (const q of questions) {
      expect(new Set(q.answer).size, q.id).toBe(q.answer.length);
      if (q.kind === 'structure') for (const id of q.answer) expect(getStructure(id), q.id).toBeDefined();
      if (q.kind === 'site') for (const id of q.answer) expect(getSite(id), `${q.id}: ${id}`).toBeDefined();
      if (q.kind === 'choice') {
        const options = q.options.map((o) => o.id);
        expect(new Set(options).size, q.id).toBe(options.length);
        for (const id of q.answer) expect(options, q.id).toContain(id);
        expect(q.answer.length, `${q.id}: some option must be wrong`).toBeLessThan(options.length);
      }
      if (q.kind !== 'choice') expect(q.camera, `${q.id} needs a camera to tap on`).toBeDefined();
    }
  });

  it('every linked card exists', () => {
    for (const q of questions) {
      if (!q.card) continue;
      const found =
        q.card.kind === 'structure'
          ? getStructure(q.card.id)
          : q.card.kind === 'condition'
            ? getCondition(q.card.id)
            : getSite(q.card.id);
      expect(found, `${q.id} → ${q.card.kind} ${q.card.id}`).toBeDefined();
    }
  });

  it('every explanation is cited, and its sources resolve', () => {
    for (const q of questions) {
      expect(q.explanation.sources.length, q.id).toBeGreaterThan(0);
      for (const k of q.explanation.sources) expect(sourceKeys.has(k), `${q.id}: ${k}`).toBe(true);
    }
  });

  it('no prompt, option or explanation makes a promise', () => {
    const banned =
      /\b(cures?|guarantee[sd]?|proven to|will heal|regrows?|permanent(ly)?|rebuilds?|regenerat\w*)\b/i;
    const texts = questions.flatMap((q) => [
      q.prompt,
      q.explanation.text,
      ...(q.kind === 'choice' ? q.options.map((o) => o.text) : []),
    ]);
    expect(texts.filter((t) => banned.test(t))).toEqual([]);
  });
});

describe('answers follow from the content', () => {
  it('a structure question linked to a condition asks for exactly that condition’s structures', () => {
    const linked = questions.filter((q) => q.kind === 'structure' && q.card?.kind === 'condition');
    expect(linked.map((q) => q.id)).toContain('pes-anserine-structures');
    for (const q of linked)
      expect(sorted(q.answer), q.id).toEqual(sorted(getCondition(q.card?.id ?? '')?.structures ?? []));
  });

  it('a single-structure tap is explained with its structure card’s sources', () => {
    for (const q of questions.filter((x) => x.kind === 'structure' && x.answer.length === 1)) {
      const info = getStructureInfo(q.answer[0] ?? '');
      expect(info, q.id).toBeDefined();
      expect(
        q.explanation.sources.some((k) => info?.sources.includes(k)),
        q.id,
      ).toBe(true);
    }
    expect(sorted(question('tap-pes-tendons').answer)).toEqual(sorted(getSite('ea-7')?.alsoTargets ?? []));
  });

  it('site answers match the sites’ kind, target or protocol', () => {
    const ids = (f: (s: (typeof sites)[number]) => boolean): string[] =>
      sorted(sites.filter(f).map((s) => s.id));
    const derived: Record<string, string[]> = {
      'joint-injection-sites': ids((s) => s.kind === 'intra-articular'),
      'rabago-joint-site': ids(
        (s) => s.kind === 'intra-articular' && s.protocols.some((p) => p.study === 'rabago-2013'),
      ),
      'ultrasound-site': ids((s) => /ultrasound/i.test(s.name)),
      'mcl-sites': ids((s) => s.target === 'superficial-mcl'),
      'lcl-sites': ids((s) => s.target === 'lcl'),
      'pes-site': ids((s) => s.target === 'pes-anserine-bursa'),
      'patellar-tendon-sites': ids((s) => s.target === 'patellar-tendon'),
    };
    const siteQuestions = questions.filter((q) => q.kind === 'site');
    expect(sorted(siteQuestions.map((q) => q.id))).toEqual(sorted(Object.keys(derived)));
    for (const q of siteQuestions) expect(sorted(q.answer), q.id).toEqual(derived[q.id]);
  });

  it('every choice answer is read off the content', () => {
    const longest = [...phases].sort((a, b) => b.endDay - b.startDay - (a.endDay - a.startDay))[0]?.id;
    const strength = ['moderate', 'low', 'very-low', 'none'];
    const rank = (id: string): number => strength.indexOf(getCondition(id)?.evidence.strength ?? 'none');
    const best = (q: Question): string[] =>
      q.kind === 'choice' ? [[...q.options].sort((a, b) => rank(a.id) - rank(b.id))[0]?.id ?? ''] : [];
    const acr = guidelines.find((g) => g.id === 'acr-af-2019');
    /** Answers computed from the content. */
    const derived: Record<string, string[]> = {
      'first-phase': [phases[1]?.id ?? ''],
      'longest-phase': [longest ?? ''],
      'poor-healers': [...poorHealers.structures],
      'most-research': best(question('most-research')),
      'arthritis-guideline': [kebab(acr?.position ?? '')],
    };
    /** Answers the content states in words: the source text and what it must say. */
    const stated: Record<string, [string, RegExp]> = {
      'most-sprained': [
        getStructureInfo('superficial-mcl')?.function.patient.text ?? '',
        /most often sprained/,
      ],
      'kneecap-restraint': [
        getStructureInfo('mpfl')?.function.patient.text ?? '',
        /kneecap slipping outwards/,
      ],
      'pes-tender-spot': [getCondition('pes-anserine-syndrome')?.symptoms[0]?.text ?? '', /inner shin.*5 cm/],
      'nerve-near-lcl': [getSite('ea-6')?.nearby[0]?.text ?? '', /peroneal/],
      'deepest-behind-knee': [
        getStructureInfo('tibial-nerve')?.function.clinician.text ?? '',
        /artery deepest/,
      ],
      'what-is-injected': [facts('what-it-is'), /dextrose/],
      'why-lidocaine': [facts('solution'), /numbing medicine.*sting less/],
      'how-many-sessions': [facts('course-of-sessions'), /3 to 6 sessions/],
      'session-spacing': [facts('course-of-sessions'), /3 to 8 weeks apart/],
      'normal-afterwards': [redFlags.body.patient.text, /soreness .* is normal/],
      'when-to-get-help': [redFlags.body.patient.text, /hot, red.*fever.*leak/s],
      'pain-reliever': [facts('pain-relievers'), /^Ask your clinician/],
      'imaging-in-trials': [facts('imaging-guidance'), /did not report using imaging/],
      'known-in-people': [limit('mechanism-hypothesis'), /not known/],
      'rat-ligaments': [limit('animal-ligament-data'), /thicker.*not tighter or stronger/],
      'what-trials-measured': [limit('symptoms-not-structure'), /how people felt and moved/],
    };
    const choices = questions.filter((q) => q.kind === 'choice');
    for (const q of choices) {
      expect(q.id in derived || q.id in stated, `${q.id}: say how its answer follows from the content`).toBe(
        true,
      );
      const want = derived[q.id];
      if (want) expect(sorted(q.answer), q.id).toEqual(sorted(want));
      const said = stated[q.id];
      if (said) expect(said[0], q.id).toMatch(said[1]);
    }
    expect(question('when-to-get-help').answer).toHaveLength(3);
  });
});
