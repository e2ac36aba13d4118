import { type Source, SourceSchema } from './clinical-schema';
import { anatomySources } from './sources-anatomy';
import { cartilageSources, jointAnatomySources } from './sources-anatomy-joint';
import { conditionSources, otherSources } from './sources-clinical';
import { evidenceSources } from './sources-evidence';
import { guidelineSources } from './sources-guidelines';
import { healingSources } from './sources-healing';
import { neurovascularSources } from './sources-neurovascular';
import { softTissueSources } from './sources-soft-tissue';
import { techniqueSources } from './sources-treatment';

/**
 * Every source the clinical content cites. Citations are paraphrased from the References list of
 * ../shared/reference/clinical.md; `refKey` keeps its key (A1, T3, ...), `mirror` marks reposts.
 */
export const sources: readonly Source[] = [
  ...anatomySources,
  ...jointAnatomySources,
  ...cartilageSources,
  ...conditionSources,
  ...techniqueSources,
  ...evidenceSources,
  ...guidelineSources,
  ...healingSources,
  ...otherSources,
  ...softTissueSources,
  ...neurovascularSources,
].map((s) => SourceSchema.parse(s));

const byKey = new Map(sources.map((s) => [s.key, s]));
const byRefKey = new Map(sources.map((s) => [s.refKey, s]));

export const getSource = (key: string): Source | undefined => byKey.get(key);
/** Look a source up by its clinical.md key (`T1`), for modules that cite those keys directly. */
export const getSourceByRefKey = (refKey: string): Source | undefined => byRefKey.get(refKey);
export const isSourceKey = (key: string): boolean => byKey.has(key);
