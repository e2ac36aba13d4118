import type { Site } from '../content/clinical-schema';
import type { Category } from '../content/schema';
import { getStructure, type StructureId } from '../content/structures';
import type { ActiveSchedule } from './schedule';

// The schedule itself needs no site content (it sits in the first view); the targets do.
export { type ActiveSchedule, activeSchedule } from './schedule';

const healsLikeMcl = (category: Category | undefined): boolean =>
  category === 'ligament' || category === 'tendon';

const siteTargets = (sites: readonly Site[], studies: readonly string[] | null): StructureId[] => {
  const ids = sites
    .filter((s) => s.kind === 'extra-articular')
    .filter((s) => studies === null || s.protocols.some((p) => studies.includes(p.study)))
    .flatMap((s) => [s.target, ...s.alsoTargets])
    .filter((id) => healsLikeMcl(getStructure(id)?.category));
  return [...new Set(ids)];
};

/**
 * Which structures show the healing: none if the schedule's trial injected only inside the joint
 * (review M5); else the selected ligament or tendon, or those injected at the extra-articular sites
 * of the schedule's trial (all typical EA sites for the user's own dates). `sites` is passed in, so
 * the scene can call this before the clinical content has loaded (issue #10).
 */
export const timelineTargets = (
  selected: string | null,
  schedule: ActiveSchedule,
  sites: readonly Site[],
): StructureId[] => {
  if (schedule.jointOnly) return [];
  const structure = selected ? getStructure(selected) : undefined;
  if (structure && healsLikeMcl(structure.category)) return [structure.id];
  const own = siteTargets(sites, schedule.sources);
  return own.length > 0 ? own : siteTargets(sites, null);
};
