import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the wording tests need from ../shared/reference/clinical.md (the research notes beside the
 * repository, absent on a fresh CI machine): the 10-word runs, to catch copied prose, and the
 * decimals, to check figures as published. Where the notes are absent the tests read a committed
 * digest (`tests/fixtures/clinical-digest.json`: a hash per run, and the decimals), so they never skip;
 * where they are present, `clinical-digest.test.ts` checks the digest is current. Rewrite it with
 * `npx tsx tests/helpers/clinical-reference.ts`.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const clinicalPath = resolve(here, '../../../shared/reference/clinical.md');
const digestPath = resolve(here, '../fixtures/clinical-digest.json');
export const RUN = 10;

/** Words as the checks count them: numbers are words, so shared measurements alone look like data. */
export const words = (t: string): string[] => t.toLowerCase().match(/[a-z0-9]+(\.[0-9]+)?/g) ?? [];

/** FNV-1a, 32 bits, as 8 hex digits: the digest stores runs only as these. */
const hash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

export interface ClinicalDigest {
  runs: string[];
  decimals: string[];
}

/** The digest of the notes' text: sorted, so the committed file changes only when the notes do. */
export const digestOf = (text: string): ClinicalDigest => {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(hash(w.slice(i, i + RUN).join(' ')));
  const decimals = new Set(text.match(/\d+\.\d+/g) ?? []);
  return { runs: [...runs].sort(), decimals: [...decimals].sort() };
};

export const committedDigest = (): ClinicalDigest => JSON.parse(readFileSync(digestPath, 'utf8'));
export const hasNotes = (): boolean => existsSync(clinicalPath);

/** The notes' digest: from the notes when present, else the committed one. */
export const clinicalDigest = (): ClinicalDigest =>
  hasNotes() ? digestOf(readFileSync(clinicalPath, 'utf8')) : committedDigest();

/** Every run of RUN words in `text` that the notes also contain (those passing `keep`). */
export const copiedRuns = (
  text: string,
  digest: ClinicalDigest,
  keep: (run: string[]) => boolean = () => true,
): string[] => {
  const runs = new Set(digest.runs);
  const w = words(text);
  const found: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN);
    if (keep(run) && runs.has(hash(run.join(' ')))) found.push(run.join(' '));
  }
  return found;
};

// `npx tsx tests/helpers/clinical-reference.ts` rewrites the committed digest from the notes.
if (process.argv[1]?.endsWith('clinical-reference.ts')) {
  if (!hasNotes()) throw new Error(`${clinicalPath} not found`);
  writeFileSync(digestPath, `${JSON.stringify(digestOf(readFileSync(clinicalPath, 'utf8')))}\n`);
  console.log(`wrote ${digestPath}`);
}
