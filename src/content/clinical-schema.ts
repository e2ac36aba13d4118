import { z } from 'zod';
import { StructureIdSchema } from './structure-schema';

/**
 * Schemas for the clinical content (sources, structure info, conditions, injection sites, procedure
 * facts, evidence). Every clinical statement is a `Cited` value so the UI can put a citation marker
 * after it; types are inferred from the schemas.
 */

/** Kebab-case source key, e.g. `rabago-2013` (stable: used in URLs and citation markers). */
export const SourceKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const sourceTypes = [
  'RCT',
  'meta-analysis',
  'cohort',
  'cadaver study',
  'imaging study',
  'animal study',
  'laboratory study',
  'case series',
  /** A trial's registry entry: its plan, with no published results. */
  'trial registration',
  /** A published trial protocol: the plan of a trial, not its results. */
  'trial protocol',
  'review',
  'guideline',
  'practitioner source',
  'textbook/reference',
  'web',
] as const;
export const SourceTypeSchema = z.enum(sourceTypes);

export const SourceSchema = z.strictObject({
  key: SourceKeySchema,
  /**
   * The key in ../shared/reference/clinical.md (`A1`, `T3`), or `M:<key>` for morphometry.md; `SEED` for
   * the seed article; `X<n>` for sources the content team added.
   */
  refKey: z.string().regex(/^([ACTEH]\d+[a-z]?|M:[A-Z]\d+[a-z]?|SEED|X\d+)$/),
  citation: z.string().min(10),
  /** The copy that was read. Absent only for the seed article, which has no public address. */
  url: z.url().optional(),
  doi: z.string().startsWith('10.').optional(),
  type: SourceTypeSchema,
  /** The `url` is a repost, mirror or proxy of the original, not the publisher's page. */
  mirror: z.boolean().default(false),
  /** Some bibliographic detail (authors, journal, year) could not be checked. */
  unconfirmed: z.boolean().default(false),
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;

/** One clinical statement and the sources that support it. */
export const CitedSchema = z.strictObject({
  text: z.string().min(3),
  sources: z.array(SourceKeySchema).min(1),
});
export type Cited = z.infer<typeof CitedSchema>;

/** The same statement at two depths: plain and calm for patients, precise for clinicians. */
export const VariantsSchema = z.strictObject({ patient: CitedSchema, clinician: CitedSchema });
export type Variants = z.infer<typeof VariantsSchema>;

export const ConditionIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/);
export const SiteIdSchema = z.string().regex(/^(ia|ea)-\d+$/);

/** Every source key cited anywhere inside a record, in first-seen order. */
export const collectSources = (value: unknown, found: string[] = []): string[] => {
  if (Array.isArray(value)) {
    for (const v of value) collectSources(v, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) {
        for (const s of v) if (typeof s === 'string' && !found.includes(s)) found.push(s);
      } else collectSources(v, found);
    }
  }
  return found;
};

/** Every Cited statement (an object with `text` and `sources`) nested anywhere inside a value. */
export const collectCited = (value: unknown, found: Cited[] = []): Cited[] => {
  if (Array.isArray(value)) {
    for (const v of value) collectCited(v, found);
  } else if (value !== null && typeof value === 'object') {
    const parsed = CitedSchema.safeParse(value);
    if (parsed.success) found.push(parsed.data);
    else if ('text' in value && 'sources' in value) {
      // Malformed statement (e.g. no sources): report it as found so checks can reject it.
      found.push(value as Cited);
    } else for (const v of Object.values(value)) collectCited(v, found);
  }
  return found;
};

/** Records list their sources; the list is derived from their Cited fields so it cannot drift. */
export const withSources = <T extends object>(record: T): T & { sources: string[] } => ({
  ...record,
  sources: collectSources(record),
});

export const AttachmentSchema = z.strictObject({
  /** Where on the structure, e.g. "Femoral origin". */
  label: z.string().min(2),
  text: CitedSchema,
});

export const StructureInfoSchema = z.strictObject({
  id: StructureIdSchema,
  // What the structure is called lives in structure-names.ts (first view), not here.
  function: VariantsSchema,
  /** Attachments and landmarks (clinician text; bones list their landmarks instead). */
  attachments: z.array(AttachmentSchema).min(1),
  dimensions: z.array(CitedSchema).default([]),
  /** Conditions whose `structures` include this id (the rule the tests enforce both ways). */
  relatedConditions: z.array(ConditionIdSchema),
  sources: z.array(SourceKeySchema).min(1),
});
export type StructureInfo = z.infer<typeof StructureInfoSchema>;
export type StructureInfoInput = Omit<z.input<typeof StructureInfoSchema>, 'sources'>;

export const evidenceStrengths = ['moderate', 'low', 'very-low', 'none'] as const;
export const EvidenceStrengthSchema = z.enum(evidenceStrengths);

export const ConditionSchema = z.strictObject({
  id: ConditionIdSchema,
  name: z.strictObject({ lay: z.string().min(2), clinical: z.string().min(2) }),
  description: VariantsSchema,
  symptoms: z.array(CitedSchema).min(1),
  /** Structures to highlight in 3D; the first is the main one. */
  structures: z.array(StructureIdSchema).min(1),
  clinicianNote: z.array(CitedSchema).min(1),
  evidence: z.strictObject({
    /** The content team's reading of the sources (not a formal GRADE rating); see the summary. */
    strength: EvidenceStrengthSchema,
    summary: VariantsSchema,
  }),
  /** An optional module (clinical.md marks patellar instability so). */
  optional: z.boolean().default(false),
  sources: z.array(SourceKeySchema).min(1),
});
export type Condition = z.infer<typeof ConditionSchema>;
export type ConditionInput = Omit<z.input<typeof ConditionSchema>, 'sources'>;

export const ProtocolSchema = z.strictObject({
  /** The study whose protocol this is. */
  study: SourceKeySchema,
  solution: z.string().min(3),
  concentration: z.string().min(2),
  volume: z.string().min(2),
  needle: z.string().optional(),
  schedule: z.string().optional(),
  /** Details the source that was read did not give. */
  notReported: z.array(z.string()).default([]),
  sources: z.array(SourceKeySchema).min(1),
});
export type Protocol = z.infer<typeof ProtocolSchema>;

export const siteKinds = ['intra-articular', 'extra-articular'] as const;

export const SiteSchema = z.strictObject({
  id: SiteIdSchema,
  /** The label in clinical.md §3.2 (IA-1, EA-1, ...). */
  refLabel: z.string().regex(/^(IA|EA)-\d+$/),
  kind: z.enum(siteKinds),
  name: z.string().min(3),
  target: StructureIdSchema,
  /** Other structures the same injection reaches (highlighted with the target). */
  alsoTargets: z.array(StructureIdSchema).default([]),
  landmark: VariantsSchema,
  anchor: z.strictObject({
    /** Node the generator emits in knee.glb (point + outward normal), `site:<id>`. */
    anchorNode: z.string().regex(/^site:(ia|ea)-\d+$/),
    /** Where the point goes, in words, for the generator. */
    placement: CitedSchema,
  }),
  /** How the site is used, at both reading levels (the patient text avoids jargon). */
  approach: VariantsSchema,
  protocols: z.array(ProtocolSchema),
  /** A note on the doses: why `protocols` is short or empty, or what a row leaves out. */
  protocolNote: VariantsSchema.optional(),
  /** Nerves or vessels near the site that the sources name. */
  nearby: z.array(CitedSchema).default([]),
  /**
   * Why image guidance matters here and what lies near the needle (issue #13), at both reading levels.
   * Education only: it names what the sources name and never calls a spot safe.
   */
  cautionNote: VariantsSchema,
  sources: z.array(SourceKeySchema).min(1),
});
export type Site = z.infer<typeof SiteSchema>;
export type SiteInput = Omit<z.input<typeof SiteSchema>, 'sources'>;

export const ProcedureFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  topic: z.enum(['before', 'during', 'course', 'after', 'safety']),
  title: z.string().min(3),
  body: VariantsSchema,
  /** The point comes from the seed article's "what to expect"; the sources may qualify it. */
  fromSeed: z.boolean().default(false),
  /** clinical.md §6 lists it as UNCONFIRMED: the UI should hide it or mark it. */
  unconfirmed: z.boolean().default(false),
  sources: z.array(SourceKeySchema).min(1),
});
export type ProcedureFact = z.infer<typeof ProcedureFactSchema>;
export type ProcedureFactInput = Omit<z.input<typeof ProcedureFactSchema>, 'sources'>;

export const studyDesigns = [
  'RCT',
  'crossover RCT',
  'open-label trial',
  'case series',
  'pilot RCT',
  'meta-analysis',
  'systematic review',
] as const;

export const StudySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The source that reports the study. */
  source: SourceKeySchema,
  label: z.string().min(3),
  design: z.enum(studyDesigns),
  /** One plain-language sentence for patients. */
  plain: CitedSchema,
  /** Participants (or trials, for syntheses) as a short phrase, e.g. "90 adults". */
  size: z.string().min(1),
  comparison: CitedSchema,
  followUp: z.string().min(1),
  /** Headline numbers exactly as published. */
  results: z.array(CitedSchema).min(1),
  limits: z.array(CitedSchema).min(1),
  /** A key study the "What the research says" view shows first. */
  key: z.boolean().default(false),
  sources: z.array(SourceKeySchema).min(1),
});
export type Study = z.infer<typeof StudySchema>;
export type StudyInput = Omit<z.input<typeof StudySchema>, 'sources'>;

export const EvidenceOverviewSchema = z.strictObject({
  summary: VariantsSchema,
  limits: z.array(z.strictObject({ id: z.string(), statement: VariantsSchema })).min(1),
});
export type EvidenceOverview = z.infer<typeof EvidenceOverviewSchema>;
