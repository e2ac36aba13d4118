import { z } from 'zod';
import { SourceKeySchema, VariantsSchema, withSources } from './clinical-schema';

/**
 * "When to get help" (review finding M6): the warning signs after an injection and when to get care
 * the same day. One record at both reading levels, shown in "What to expect" and on every injection-site
 * card, and importable by a printable handout. The tone stays calm: soreness is expected, infection is
 * rare, and the signs that are not expected are named plainly.
 */
export const RedFlagsSchema = z.strictObject({
  id: z.literal('red-flags'),
  body: VariantsSchema,
  sources: z.array(SourceKeySchema).min(1),
});
export type RedFlags = z.infer<typeof RedFlagsSchema>;

export const redFlags: RedFlags = RedFlagsSchema.parse(
  withSources({
    id: 'red-flags' as const,
    body: {
      patient: {
        text: 'Some soreness in the first two or three days is normal. Contact your clinician the same day, or get urgent care, if after that the knee gets hot, red, and more and more swollen or painful. Do the same if you get a fever at any time, or if a needle mark starts to leak fluid or bleed. Infection is rare, but it needs quick care.',
        sources: [
          'uw-prolotherapy-safety',
          'fascia-institute-aftercare',
          'efw-radiology-prolotherapy',
          'versus-arthritis-septic-arthritis',
        ],
      },
      clinician: {
        text: 'Post-injection pain for up to 72 h (about 10% of trial participants) is expected and should then ease. Same-day assessment is warranted for pain, warmth, erythema or swelling that increases after that, for fever, or for drainage or bleeding from a needle site. Infection is rare, but septic arthritis is the important complication to exclude after an intra-articular injection; an infected effusion or septic arthritis is also a contraindication to injecting.',
        sources: [
          'uw-prolotherapy-safety',
          'fascia-institute-aftercare',
          'efw-radiology-prolotherapy',
          'versus-arthritis-septic-arthritis',
          'nct04557943',
          'procedures-consult-knee',
        ],
      },
    },
  }),
);
