import { sites } from '../content/sites';
import { getStructure } from '../content/structures';
import type { ActiveSchedule } from './schedule';

// The schedule itself needs no site content (it sits in the first view); the targets do.
export { type ActiveSchedule, activeSchedule } from './schedule';

const healsLikeMcl = (id: string): boolean => {
  const category = getStructure(id)?.category;
  return category === 'ligament' || category === 'tendon';
};

const siteTargets = (studies: readonly string[] | null): string[] => {
  const ids = sites
    .filter((s) => s.kind === 'extra-articular')
    .filter((s) => studies === null || s.protocols.some((p) => studies.includes(p.study)))
    .flatMap((s) => [s.target, ...s.alsoTargets])
    .filter(healsLikeMcl);
  return [...new Set(ids)];
};

/**
 * Which structures show the healing: the selected ligament or tendon, or else those injected at the
 * extra-articular sites of the schedule's trial (all typical EA sites if its trial injected only
 * inside the joint, or for the user's own dates).
 */
export const timelineTargets = (selected: string | null, schedule: ActiveSchedule): string[] => {
  if (selected && healsLikeMcl(selected)) return [selected];
  const own = siteTargets(schedule.sources);
  return own.length > 0 ? own : siteTargets(null);
};
