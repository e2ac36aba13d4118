import { type Condition, ConditionSchema, withSources } from './clinical-schema';
import { jointConditions } from './conditions-joint';
import { overuseConditions } from './conditions-overuse';

/** Knee conditions (clinical.md §2), each with the structures to highlight and what the evidence says. */
export const conditions: readonly Condition[] = [...jointConditions, ...overuseConditions].map((c) =>
  ConditionSchema.parse(withSources(c)),
);

const byId = new Map(conditions.map((c) => [c.id, c]));
export const getCondition = (id: string): Condition | undefined => byId.get(id);
