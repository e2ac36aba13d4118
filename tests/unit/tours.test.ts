import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCited, getCondition, getSite, sources } from '../../src/content';
import { getSchedule } from '../../src/content/healing';
import { getStructure } from '../../src/content/structures';
import { type Tour, TourSchema, type TourStep, UserTourSchema } from '../../src/content/tour-schema';
import { getTour, tours } from '../../src/content/tours';
import { healingAt } from '../../src/lib/healing';
import { clinicalDigest, copiedRuns } from '../helpers/clinical-reference';

/**
 * Issue #11: the built-in tours are data. They parse with the schema an imported tour must pass, point
 * only at content that exists, open at most one card a step, keep what they show visible, and cite
 * every caption as the cards do.
 */
const sourceKeys = new Set(sources.map((s) => s.key));
const steps = tours.flatMap((t) => t.steps.map((s, i) => ({ tour: t.id, i, s })));
const where = (t: string, i: number): string => `${t} step ${i + 1}`;
const first = (): Tour => tours[0] as Tour;

/** The structures a step puts on screen: the framed, the selected, a condition's, a site's. */
const shown = (s: TourStep): string[] => {
  const site = s.site ? getSite(s.site) : undefined;
  return [
    ...('frame' in s.camera ? s.camera.frame : []),
    ...(s.select ? [s.select] : []),
    ...(s.condition ? (getCondition(s.condition)?.structures ?? []) : []),
    ...(site ? [site.target, ...site.alsoTargets] : []),
  ];
};

describe('tours parse and point at real content', () => {
  it('the five built-in tours are there, with unique ids', () => {
    const ids = tours.map((t) => t.id);
    const builtIn = ['what-to-expect', 'ligaments-and-tendons', 'healing-timeline', 'inner-knee-pain'];
    for (const id of [...builtIn, 'near-the-needle']) expect(ids).toContain(id);
    expect(tours).toHaveLength(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(getTour('healing-timeline')?.title).toMatch(/what is and is not known/);
  });

  it('every tour parses with TourSchema', () => {
    for (const t of tours) {
      const r = TourSchema.safeParse(t);
      expect(r.success, `${t.id}: ${r.error?.message}`).toBe(true);
    }
  });

  it('every structure, condition, site and schedule a step names exists', () => {
    for (const { tour, i, s } of steps) {
      for (const id of shown(s)) expect(getStructure(id), `${where(tour, i)}: ${id}`).toBeDefined();
      if (s.condition) expect(getCondition(s.condition), where(tour, i)).toBeDefined();
      if (s.site) expect(getSite(s.site), where(tour, i)).toBeDefined();
      if (s.timeline) expect(getSchedule(s.timeline.schedule), where(tour, i)).toBeDefined();
    }
  });

  it('a step opens at most one card, and the schema refuses two, naming the field', () => {
    for (const { tour, i, s } of steps) {
      const cards = [s.select, s.condition, s.site].filter((x) => x !== undefined);
      expect(cards.length, where(tour, i)).toBeLessThanOrEqual(1);
    }
    const bad = { ...first(), steps: [{ ...first().steps[0], select: 'lcl', site: 'ea-6' }] };
    for (const schema of [TourSchema, UserTourSchema])
      expect(schema.safeParse(bad).error?.issues[0]?.path).toEqual(['steps', 0, 'site']);
  });

  it('an educator’s own words need no source; a built-in caption does', () => {
    const own = { text: '', sources: [] };
    const mine = {
      ...first(),
      steps: [{ camera: { view: 'medial' }, caption: { title: 'A', patient: own, clinician: own } }],
    };
    expect(UserTourSchema.safeParse(mine).success).toBe(true);
    expect(TourSchema.safeParse(mine).success).toBe(false);
    for (const t of tours) expect(UserTourSchema.safeParse(t).success, t.id).toBe(true);
  });

  it('what a step shows is not on a hidden layer', () => {
    for (const { tour, i, s } of steps) {
      for (const id of shown(s)) {
        const category = getStructure(id)?.category;
        if (category)
          expect(s.layers?.[category], `${where(tour, i)}: ${id} on a hidden layer`).not.toBe(false);
      }
    }
  });
});

describe('captions are cited as the cards are', () => {
  it('every caption has both levels, each with sources that resolve', () => {
    for (const { tour, i, s } of steps) {
      for (const level of ['patient', 'clinician'] as const) {
        const c = s.caption[level];
        expect(c.text.length, `${where(tour, i)} ${level}`).toBeGreaterThan(20);
        expect(c.sources.length, `${where(tour, i)} ${level}`).toBeGreaterThan(0);
        for (const k of c.sources) expect(sourceKeys.has(k), `${where(tour, i)}: ${k}`).toBe(true);
      }
    }
    const cited = collectCited(tours);
    expect(cited.length).toBe(steps.length * 2);
  });

  it('patient captions make no promises', () => {
    const banned =
      /\b(cures?|guarantee[sd]?|proven to|will heal|regrows?|permanent(ly)?|rebuilds?|regenerat\w*)\b/i;
    const offenders = steps.map(({ s }) => s.caption.patient.text).filter((t) => banned.test(t));
    expect(offenders).toEqual([]);
  });

  // The research notes beside the repository, or their committed digest (CI). A run with two or more
  // numbers is a measurement ("3.2 mm proximal and 4.8 mm posterior to…"), whose wording the published
  // position dictates; content-wording.test.ts leaves those fields out likewise.
  it('no caption copies a run of 10 or more words from clinical.md', () => {
    const digest = clinicalDigest();
    const prose = (g: string[]): boolean => g.filter((w) => /^\d/.test(w)).length < 2;
    const copied = collectCited(tours).flatMap((c) =>
      copiedRuns(c.text, digest, prose).map((g) => `"${g}" in ${c.text}`),
    );
    expect(copied).toEqual([]);
  });
});

describe('the five tours say what the brief asks', () => {
  const tour = (id: string): Tour => {
    const t = getTour(id);
    if (!t) throw new Error(`no tour ${id}`);
    return t;
  };
  const titles = (id: string): string[] => tour(id).steps.map((s) => s.caption.title);

  it('what to expect follows the seed article’s order and cites it', () => {
    const order = [/assessment/i, /imaging/i, /liquid/i, /several injections/i, /course/i, /soreness/i];
    const at = order.map((re) => titles('what-to-expect').findIndex((t) => re.test(t)));
    expect(
      at.every((n) => n >= 0),
      String(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const n of at)
      expect(tour('what-to-expect').steps[n]?.caption.patient.sources).toContain('seed-article');
    const t = tour('what-to-expect');
    expect(t.steps.some((s) => s.allSites)).toBe(true);
    expect(t.steps.some((s) => s.site && getSite(s.site)?.kind === 'intra-articular')).toBe(true);
    expect(t.steps.some((s) => s.site && getSite(s.site)?.kind === 'extra-articular')).toBe(true);
    expect(t.steps.some((s) => /fever/.test(s.caption.patient.text))).toBe(true);
  });

  it('the ligaments tour selects each main ligament and tendon, with the capsule off', () => {
    const selected = tour('ligaments-and-tendons').steps.map((s) => s.select);
    const ligaments = ['superficial-mcl', 'lcl', 'acl', 'pcl', 'mpfl'];
    const tendons = ['patellar-tendon', 'quadriceps-tendon', 'sartorius-tendon'];
    for (const id of [...ligaments, ...tendons]) expect(selected).toContain(id);
    for (const s of tour('ligaments-and-tendons').steps) expect(s.layers?.capsule).toBe(false);
  });

  it('the healing tour’s phases match the timeline at its days, and it says what is not known', () => {
    const t = tour('healing-timeline');
    const phaseNames = ['injection', 'inflammation', 'proliferation', 'remodelling'] as const;
    const named = t.steps.filter((s) => phaseNames.some((p) => s.caption.title.toLowerCase().includes(p)));
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const s of named) {
      const schedule = s.timeline ? getSchedule(s.timeline.schedule) : undefined;
      expect(schedule, s.caption.title).toBeDefined();
      if (!(s.timeline && schedule)) continue;
      const phase = healingAt(s.timeline.day, schedule).phase;
      expect(s.caption.title.toLowerCase(), `day ${s.timeline.day}`).toContain(phase);
    }
    const first = t.steps[0]?.caption.patient.text ?? '';
    const last = t.steps.at(-1)?.caption.patient.text ?? '';
    expect(first).toMatch(/animals/);
    expect(first).toMatch(/No one knows/);
    expect(last).toMatch(/Not known/);
    expect(t.steps.every((s) => s.timeline)).toBe(true);
    expect(t.steps.some((s) => s.timeline?.schedule === 'sit-2020')).toBe(true);
  });

  it('the inner-knee tour shows the MCL and pes anserine conditions and their sites', () => {
    const t = tour('inner-knee-pain');
    const conditionIds = t.steps.map((s) => s.condition);
    expect(conditionIds).toContain('chronic-mcl-sprain');
    expect(conditionIds).toContain('pes-anserine-syndrome');
    const targets = t.steps.flatMap((s) => (s.site ? [getSite(s.site)?.target] : []));
    expect(targets).toContain('superficial-mcl');
    expect(targets).toContain('pes-anserine-bursa');
  });

  it('the near-the-needle tour turns the nerves and vessels on, opens EA-6, shows the skin, calls nothing safe', () => {
    const t = tour('near-the-needle');
    expect(t.title).toBe('What lies near the needle');
    expect(t.steps.length).toBeGreaterThanOrEqual(6);
    expect(t.steps.length).toBeLessThanOrEqual(9);
    expect(t.steps[0]?.layers).toMatchObject({ nerve: true, vessel: true });
    expect(t.steps.map((s) => s.select)).toContain('common-peroneal-nerve');
    const bundle = t.steps.find((s) => 'frame' in s.camera && s.camera.frame.includes('popliteal-artery'));
    expect(bundle?.layers).toMatchObject({ nerve: true, vessel: true });
    expect(t.steps.map((s) => s.site)).toEqual(expect.arrayContaining(['ea-6', 'ea-3', 'ea-4']));
    expect(t.steps.some((s) => s.layers?.skin)).toBe(true);
    const cited = t.steps.flatMap((s) => [...s.caption.patient.sources, ...s.caption.clinician.sources]);
    expect(cited).toContain('teo-2020-cpn-fibular-head');
    expect(t.steps.some((s) => s.caption.clinician.text.includes('20.7 ± 1 mm'))).toBe(true);
    for (const s of t.steps)
      for (const text of [s.caption.title, s.caption.patient.text, s.caption.clinician.text])
        expect(text).not.toMatch(/\bsafe(ly|ty)?\b/i);
    expect(t.steps.at(-1)?.caption.patient.text).toMatch(/one average knee/);
  });

  it('tours stay out of the content index, so the first view never loads them', () => {
    const index = readFileSync(resolve(__dirname, '../../src/content/index.ts'), 'utf8');
    expect(index).not.toMatch(/\.\/(tours|quizzes)/);
  });
});
