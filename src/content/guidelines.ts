import { z } from 'zod';
import {
  CitedSchema,
  ConditionIdSchema,
  SourceKeySchema,
  VariantsSchema,
  withSources,
} from './clinical-schema';

/**
 * What major guidelines say about prolotherapy (issue #9), each confirmed from the guideline's own
 * text: the recommendation in its exact words, the reason in ours, and what the strength means.
 */
export const guidelinePositions = [
  'recommends',
  'conditionally recommends',
  'conditionally recommends against',
  'recommends against',
  'no recommendation',
] as const;

export const GuidelineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Who issued it and when, e.g. "American College of Rheumatology / Arthritis Foundation, 2019". */
  issuer: z.string().min(3),
  /** Which osteoarthritis it covers, in the guideline's terms. */
  scope: z.string().min(3),
  position: z.enum(guidelinePositions),
  /** The recommendation word for word, as the guideline states it (shown in quotation marks). */
  quote: CitedSchema,
  /** Why, in our words: the guideline's own reasons. */
  reason: CitedSchema,
  /** What the recommendation means for a reader, at two depths. */
  meaning: VariantsSchema,
  /** Condition cards that show it. */
  conditions: z.array(ConditionIdSchema).min(1),
  sources: z.array(SourceKeySchema).min(1),
});
export type Guideline = z.infer<typeof GuidelineSchema>;

const acr = 'kolasinski-2020-acr-guideline';

export const guidelines: readonly Guideline[] = [
  {
    id: 'acr-af-2019',
    issuer: 'American College of Rheumatology / Arthritis Foundation, 2019',
    scope: 'Osteoarthritis of the hand, hip and knee',
    position: 'conditionally recommends against' as const,
    quote: {
      text: 'Prolotherapy is conditionally recommended against in patients with knee and/or hip OA.',
      sources: [acr],
    },
    reason: {
      text: 'The panel saw only a few small trials, with small effects, whose injection schedules, sites and comparisons differed widely. Prolotherapy had not been studied in hand osteoarthritis, so the guideline makes no recommendation there.',
      sources: [acr],
    },
    meaning: {
      patient: {
        text: 'A major US arthritis guideline advises against prolotherapy for knee and hip osteoarthritis. Its advice is "conditional", not firm. That means most people who know the facts would follow it, but some would not. It is a choice to talk over with your clinician.',
        sources: [acr],
      },
      clinician: {
        text: 'Conditional (GRADE): made when evidence quality is low or very low, or benefits and harms are closely balanced; most informed patients would follow it but some would not, so it calls for shared decision-making. The authors add that their recommendations should not be used to limit or deny access to therapies.',
        sources: [acr],
      },
    },
    conditions: ['knee-osteoarthritis'],
  },
].map((g) => GuidelineSchema.parse(withSources(g)));

export const guidelinesFor = (conditionId: string): Guideline[] =>
  guidelines.filter((g) => g.conditions.includes(conditionId));
