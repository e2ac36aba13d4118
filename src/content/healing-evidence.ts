import { z } from 'zod';
import { SourceKeySchema } from './clinical-schema';
import { StructureIdSchema } from './structure-schema';

/**
 * The numbers the healing timeline's charts rest on (clinical.md §4 and §5.2). Wording lives in the
 * locale (i18n `timeline.facts.<id>`); here are only the figures and the sources that report them.
 */

/** Rabago 2013, Table 4: mean WOMAC improvement (points, composite) from baseline, by week. */
export const WomacTableSchema = z.strictObject({
  weeks: z.array(z.number().positive()),
  arms: z.strictObject({
    dextrose: z.array(z.number()),
    saline: z.array(z.number()),
    exercise: z.array(z.number()),
  }),
  sources: z.array(SourceKeySchema).min(1),
});
export type WomacTable = z.infer<typeof WomacTableSchema>;
export type WomacArm = keyof WomacTable['arms'];
export const womacArms: readonly WomacArm[] = ['dextrose', 'saline', 'exercise'];

export const rabagoWomac: WomacTable = WomacTableSchema.parse({
  weeks: [5, 9, 12, 24, 52],
  arms: {
    dextrose: [7.94, 13.91, 13.31, 15.85, 15.32],
    saline: [5.22, 6.75, 8.19, 8.12, 7.59],
    exercise: [4.42, 2.51, 4.26, 8.48, 8.24],
  },
  sources: ['rabago-2013-table-4', 'rabago-2013'],
});

/** Measured animal-study figures that the illustrative tissue-maturity curve is drawn against. */
export const StrengthFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** When it was measured, in weeks after injury or injection (absent when not reported here). */
  week: z.number().nonnegative().optional(),
  /** The headline share, where there is one (0.6 = 60% of control). */
  share: z.number().min(0).max(2).optional(),
  sources: z.array(SourceKeySchema).min(1),
});
export type StrengthFact = z.infer<typeof StrengthFactSchema>;

export const strengthFacts: readonly StrengthFact[] = z.array(StrengthFactSchema).parse([
  // Rat stretch-injured MCL, two dextrose injections a week apart: +30% cross-section vs saline.
  { id: 'rat-cross-section', share: 1.3, sources: ['jensen-2008-injury'] },
  // Goat MCL at 12 weeks: ultimate load 60% of control; tissue stress and modulus 40%.
  { id: 'goat-twelve-weeks', week: 12, share: 0.6, sources: ['abramowitch-2003-goat-mcl'] },
  // Rabbit MCL at 40 weeks: ultimate strength still 15-35% below normal.
  { id: 'rabbit-forty-weeks', week: 40, share: 0.75, sources: ['frank-1995-injury-location'] },
]);

/** The schema of `poorHealers` (poor-healers.ts: plain data, so the scene can use it without zod). */
export const PoorHealersSchema = z.strictObject({
  structures: z.array(StructureIdSchema).min(1),
  sources: z.array(SourceKeySchema).min(1),
});

export { isPoorHealer, type PoorHealers, poorHealers } from './poor-healers';
