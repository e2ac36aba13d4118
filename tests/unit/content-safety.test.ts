import { describe, expect, it } from 'vitest';
import {
  type Cited,
  collectSources,
  getSource,
  procedureFacts,
  RedFlagsSchema,
  redFlags,
  sites,
  sources,
  sourceTypes,
} from '../../src/content';
import { contentEn } from '../../src/i18n/en-content';
import { nearbyPatient, siteStatements } from '../../src/ui/cards/SiteCard';
import { expectStatements } from '../../src/ui/expect/ExpectBody';
import { clinicalDigest, copiedRuns } from '../helpers/clinical-reference';
import { readability } from '../helpers/readability';

/**
 * Issue #9, clinical review 2026-11: the "When to get help" red flags (M6), site text at two reading
 * levels (minor #24, #25) and the source metadata fixes (minor #11, #18 to #21, #23).
 */
const levels = ['patient', 'clinician'] as const;
const nearbyLine = contentEn.cards.nearbyPatient;
const texts = (statements: readonly Cited[]): string[] => statements.map((c) => c.text);

describe('red flags (M6)', () => {
  it('parse, and every source they cite exists', () => {
    expect(RedFlagsSchema.safeParse(redFlags).success).toBe(true);
    expect([...redFlags.sources].sort()).toEqual([...collectSources(redFlags.body)].sort());
    for (const k of redFlags.sources) expect(getSource(k), k).toBeDefined();
  });

  it('tell patients about fever and same-day care, calmly', () => {
    const text = redFlags.body.patient.text;
    expect(text).toMatch(/fever/i);
    expect(text).toMatch(/same day/i);
    expect(text).toMatch(/urgent care/i);
    expect(text).toMatch(/hot/);
    expect(text).toMatch(/swollen/);
    expect(text).toMatch(/rare/);
    expect(text).not.toMatch(/\b(emergency|danger|deadly|life-threatening)\b/i);
    // The aftercare sheet that tells patients to report fever, drainage or bleeding is cited.
    expect(redFlags.body.patient.sources).toContain('fascia-institute-aftercare');
  });

  it('name septic arthritis for clinicians', () => {
    expect(redFlags.body.clinician.text).toMatch(/septic arthritis/);
    expect(redFlags.body.clinician.text).toMatch(/fever/);
    expect(redFlags.body.clinician.sources).toContain('nct04557943');
  });

  // The readability and wording tests walk the main collections, which do not include this record.
  it('patient text reads at grade 8 or below and makes no promises', () => {
    expect(readability(redFlags.body.patient.text).grade).toBeLessThanOrEqual(8);
    expect(redFlags.body.patient.text).not.toMatch(
      /\b(cures?|guarantee[sd]?|proven to|will heal|regrows?|permanent(ly)?|rebuilds?)\b/i,
    );
  });

  it('copy no run of 10 or more words from clinical.md', () => {
    const digest = clinicalDigest();
    for (const level of levels) expect(copiedRuns(redFlags.body[level].text, digest)).toEqual([]);
  });

  it('are in the statements of every site card, at both levels', () => {
    for (const s of sites) {
      for (const level of levels) {
        expect(texts(siteStatements(s, level, nearbyLine)), `${s.id} ${level}`).toContain(
          redFlags.body[level].text,
        );
      }
    }
  });

  it('are in the What-to-expect statements, at both levels, after the facts', () => {
    for (const level of levels) {
      const shown = expectStatements(level);
      expect(shown.at(-1)?.text, level).toBe(redFlags.body[level].text);
      expect(shown).toHaveLength(procedureFacts.length + 1);
    }
  });
});

describe('site text at two reading levels (minor #24, #25)', () => {
  const jargon =
    /\b(enthesis|entheses|odds ratio|Hackett|intra-articular|peri-articular|extra-articular|portal)\b/i;

  it('every site has a patient and a clinician approach, and the patient one avoids jargon', () => {
    for (const s of sites) {
      expect(s.approach.patient.text.length, s.id).toBeGreaterThan(10);
      expect(s.approach.clinician.text.length, s.id).toBeGreaterThan(10);
      expect(s.approach.patient.text, s.id).not.toBe(s.approach.clinician.text);
      expect(s.approach.patient.text, s.id).not.toMatch(jargon);
      expect(readability(s.approach.patient.text).grade, s.id).toBeLessThanOrEqual(8);
    }
  });

  it('protocol notes have both levels too', () => {
    const withNotes = sites.filter((s) => s.protocolNote);
    expect(withNotes.map((s) => s.id)).toEqual(expect.arrayContaining(['ia-1', 'ia-3', 'ia-4']));
    for (const s of withNotes) {
      expect(s.protocolNote?.patient.text, s.id).not.toMatch(jargon);
      expect(readability(s.protocolNote?.patient.text ?? '').grade, s.id).toBeLessThanOrEqual(8);
    }
  });

  it('patients see a cited line for nearby nerves; clinicians see the named nerves', () => {
    const withNerves = sites.filter((s) => s.nearby.length > 0);
    expect(withNerves.map((s) => s.id).sort()).toEqual(['ea-6', 'ea-7']);
    for (const s of withNerves) {
      const line = nearbyPatient(s, nearbyLine);
      expect(line?.sources, s.id).toEqual([...new Set(s.nearby.flatMap((n) => n.sources))]);
      expect(texts(siteStatements(s, 'patient', nearbyLine)), s.id).toContain(nearbyLine);
      expect(texts(siteStatements(s, 'clinician', nearbyLine)), s.id).not.toContain(nearbyLine);
      for (const n of s.nearby) expect(texts(siteStatements(s, 'clinician', nearbyLine))).toContain(n.text);
    }
    for (const s of sites.filter((x) => x.nearby.length === 0))
      expect(nearbyPatient(s, nearbyLine)).toBeNull();
    expect(readability(nearbyLine).grade).toBeLessThanOrEqual(8);
  });

  it('IA-2 accuracy figures cite only the source that reports them (minor #12)', () => {
    const ia2 = sites.find((s) => s.id === 'ia-2');
    expect(ia2?.approach.clinician.text).toMatch(/75%/);
    expect(ia2?.approach.clinician.sources).toEqual(['nysora-knee-injections']);
    expect(ia2?.approach.patient.sources).toEqual(['nysora-knee-injections']);
  });

  it('the Rabago 2012 intra-articular row no longer carries its extra-articular solution (minor #15)', () => {
    const ia1 = sites.find((s) => s.id === 'ia-1');
    const row = ia1?.protocols.find((p) => p.study === 'rabago-2012');
    expect(row?.solution).not.toMatch(/morrhuate|extra-articular/);
    expect(ia1?.protocolNote?.clinician.text).toMatch(/morrhuate/);
  });
});

describe('source metadata (minor #11, #18 to #21, #23)', () => {
  it('registry entries, the protocol paper and the case series have their own types (#18)', () => {
    const typeOf = (key: string) => getSource(key)?.type;
    for (const k of ['nct05537077', 'nct05160532', 'nct04557943'])
      expect(typeOf(k), k).toBe('trial registration');
    expect(typeOf('sit-2018-protocol')).toBe('trial protocol');
    for (const k of ['reeves-2003', 'topol-2016', 'rabago-2012']) expect(typeOf(k), k).toBe('case series');
  });

  it('every source type has a label (#23)', () => {
    for (const type of sourceTypes) expect(contentEn.sourceType[type], type).toBeTruthy();
  });

  it('titles are the published ones (#19)', () => {
    expect(getSource('sit-2018-protocol')?.citation).toMatch(/a protocol for a triple-blinded randomized/);
    expect(getSource('bayat-2023')?.citation).toMatch(
      /Comparison of Dextrose Prolotherapy and Triamcinolone/,
    );
    expect(getSource('yildiz-2023')?.citation).toMatch(
      /A comparison between hypertonic dextrose prolotherapy/,
    );
  });

  it('no citation shows a repository path and no link is a library proxy (#20)', () => {
    for (const s of sources) {
      expect(s.citation, s.key).not.toMatch(/\.md\b|\.\.\//);
      expect(s.url ?? '', s.key).not.toMatch(/bibliotheek|:\d{4}\//);
    }
  });

  it('sources without recorded authors are marked unconfirmed (#21)', () => {
    expect(getSource('elderly-d10-rct')?.unconfirmed).toBe(true);
    expect(getSource('peroneal-nerve-plc-2020')?.unconfirmed).toBe(true);
  });

  it('"none" says no controlled trials (#11)', () => {
    expect(contentEn.strength.none).toBe('no controlled trials');
  });
});
