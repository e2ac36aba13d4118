import { z } from 'zod';
import { SourceKeySchema } from './clinical-schema';

/** zod schemas for the healing timeline's data (healing.ts); the tests validate the data with them. */
export const phaseIds = ['baseline', 'injection', 'inflammation', 'proliferation', 'remodelling'] as const;
export const PhaseIdSchema = z.enum(phaseIds);
export type PhaseId = z.infer<typeof PhaseIdSchema>;

export const PhaseSchema = z.strictObject({
  id: PhaseIdSchema,
  /** Days since the most recent session at which the phase begins and ends. */
  startDay: z.number().nonnegative(),
  endDay: z.number().positive(),
  sources: z.array(SourceKeySchema).min(1),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const ScheduleSchema = z
  .strictObject({
    id: z.string(),
    /** Session days, counted from day 0 = the first injection (so the first entry is 0). */
    sessionDays: z.array(z.number().nonnegative()).min(1),
    /** Sessions that the protocol makes optional. */
    optionalDays: z.array(z.number().nonnegative()),
    /** The trial injected only inside the joint: no ligament or tendon was injected (review M5). */
    jointOnly: z.boolean(),
    sources: z.array(SourceKeySchema).min(1),
  })
  .refine((s) => s.sessionDays[0] === 0, { message: 'a schedule starts at its first session, day 0' });
export type Schedule = z.infer<typeof ScheduleSchema>;
