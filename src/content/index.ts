/**
 * The clinical content, parsed and ready to use. Every record has been validated by its zod schema
 * at import time; every clinical statement is a `Cited` value whose `sources` resolve in `sources`.
 */
export * from './clinical-schema';
export { conditions, getCondition } from './conditions';
export { evidenceOverview, getStudy, studies } from './evidence';
export { procedureFacts } from './procedure';
export { type RedFlags, RedFlagsSchema, redFlags } from './red-flags';
export { getSite, sites } from './sites';
export { getSource, getSourceByRefKey, isSourceKey, sources } from './sources';
export { getStructureInfo, structureInfo } from './structure-info';
