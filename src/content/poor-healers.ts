import type { StructureId } from './structure-ids';

/**
 * Intra-articular ligaments heal poorly compared with the MCL: the timeline must not imply otherwise.
 * Plain data with no zod, so the scene can use it in the first 3D frame (issue #10); its schema is in
 * healing-evidence.ts and content-references.test.ts parses it.
 */
export interface PoorHealers {
  structures: readonly StructureId[];
  sources: readonly string[];
}

export const poorHealers: PoorHealers = {
  structures: ['acl', 'pcl'],
  sources: ['orthovellum-ligament-healing'],
};

/** Does this structure heal poorly (so the timeline shows it fainter and says so)? */
export const isPoorHealer = (id: string): boolean => poorHealers.structures.some((s) => s === id);
