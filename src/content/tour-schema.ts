import { z } from 'zod';
import { CitedSchema, SourceKeySchema } from './clinical-schema';
import { categories } from './schema';
import { StructureIdSchema } from './structure-schema';

/**
 * Guided tours and quizzes as data (issue #11). A tour is a list of steps; each step says what the
 * screen shows (camera, layers, a highlight, a card, a timeline day) and carries a cited caption at
 * both reading levels. The built-in tours (tours.ts) parse with `TourSchema`; an educator's own tour
 * (recorded, exported, imported) parses with `UserTourSchema`, the same shape and checks except that
 * its captions are the presenter's own words, which may be empty and need not cite.
 */

const viewNameSchema = z.enum(['anterior', 'medial', 'lateral', 'posterior']);
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** Where the camera goes: a preset view, or framed on structures (seen from a preset, if given). */
export const TourCameraSchema = z.union([
  z.strictObject({ view: viewNameSchema }),
  z.strictObject({ frame: z.array(StructureIdSchema).min(1), view: viewNameSchema.optional() }),
]);

/** A caption: a short title, then the cited text at each reading level. */
export const TourCaptionSchema = z.strictObject({
  title: z.string().min(3).max(80),
  patient: CitedSchema,
  clinician: CitedSchema,
});

/**
 * A caption in a presenter's own words (a recorded or imported tour): the same shape, but the text may
 * be empty and need not cite, because it is the educator's, not the app's. Tours shipped with the app
 * use `TourCaptionSchema`, whose every statement cites a source.
 */
const ownWordsSchema = z.strictObject({ text: z.string().max(2000), sources: z.array(SourceKeySchema) });
export const UserTourCaptionSchema = z.strictObject({
  title: z.string().min(1).max(80),
  patient: ownWordsSchema,
  clinician: ownWordsSchema,
});

const stepSchema = <C extends z.ZodType>(caption: C) =>
  z.strictObject({
    camera: TourCameraSchema,
    /** Layer visibility for this step; categories left out take their default (`defaultLayers`). */
    layers: z.partialRecord(z.enum(categories), z.boolean()).optional(),
    /** At most one card opens: a structure, a condition (which highlights its structures) or a site. */
    select: StructureIdSchema.optional(),
    condition: idSchema.optional(),
    site: idSchema.optional(),
    /** Show every injection-site marker (the procedure steps). */
    allSites: z.boolean().optional(),
    timeline: z.strictObject({ day: z.number().int().min(0).max(364), schedule: idSchema }).optional(),
    caption,
    /** For the presenter only: never shown to the room. */
    notes: z.string().max(600).optional(),
  });

export const TourStepSchema = stepSchema(TourCaptionSchema);
export const UserTourStepSchema = stepSchema(UserTourCaptionSchema);

/** The step fields that open a card; a step sets at most one of them. */
const cardFields = ['select', 'condition', 'site'] as const;
type CardFields = Partial<Record<(typeof cardFields)[number], string>>;

const tourSchema = <S extends z.ZodType<CardFields>>(step: S) =>
  z.strictObject({
    id: idSchema,
    title: z.string().min(3).max(100),
    /** One sentence on what the tour covers, for the tour picker. */
    summary: z.string().min(3).max(200),
    steps: z
      .array(step)
      .min(1)
      .max(40)
      .superRefine((steps, ctx) => {
        steps.forEach((one, i) => {
          const cards = cardFields.filter((k) => one[k] !== undefined);
          if (cards.length > 1)
            ctx.addIssue({
              code: 'custom',
              path: [i, cards[1] ?? 'site'],
              message: `a step opens at most one card: ${cards.join(' and ')} are both set`,
            });
        });
      }),
  });

/** A built-in tour: every caption cites its sources (tests/unit/tours.test.ts). */
export const TourSchema = tourSchema(TourStepSchema);
/** An educator's own tour, recorded on screen or read from a file: the same shape, own-words captions. */
export const UserTourSchema = tourSchema(UserTourStepSchema);

export type TourCamera = z.infer<typeof TourCameraSchema>;
export type TourCaption = z.infer<typeof TourCaptionSchema>;
export type TourStep = z.infer<typeof TourStepSchema>;
export type Tour = z.infer<typeof TourSchema>;

/**
 * The card the feedback links to ("Read more"). Optional: without it, a structure or site question
 * links to its first answer, and a choice question to no card.
 */
export const QuizCardSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('structure'), id: StructureIdSchema }),
  z.strictObject({ kind: z.literal('condition'), id: idSchema }),
  z.strictObject({ kind: z.literal('site'), id: idSchema }),
]);
export type QuizCard = z.infer<typeof QuizCardSchema>;

/** How a question is answered: tap structures on the model or the list, tap a site marker, or choose text. */
export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('structure'),
    id: idSchema,
    prompt: z.string().min(5),
    /** Every one of these, and nothing else (one id: a single tap). */
    answer: z.array(StructureIdSchema).min(1),
    explanation: CitedSchema,
    /** The camera for the question, so the answer can be tapped. */
    camera: TourCameraSchema.optional(),
    card: QuizCardSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('site'),
    id: idSchema,
    prompt: z.string().min(5),
    answer: z.array(idSchema).min(1),
    explanation: CitedSchema,
    camera: TourCameraSchema.optional(),
    card: QuizCardSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    id: idSchema,
    prompt: z.string().min(5),
    options: z.array(z.strictObject({ id: idSchema, text: z.string().min(1) })).min(2),
    answer: z.array(idSchema).min(1),
    explanation: CitedSchema,
    card: QuizCardSchema.optional(),
  }),
]);

export const QuizSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3).max(100),
  summary: z.string().min(3).max(200),
  questions: z.array(QuestionSchema).min(1),
});

export type Question = z.infer<typeof QuestionSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
