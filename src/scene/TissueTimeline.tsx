import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { isPoorHealer } from '../content/poor-healers';
import type { StructureId } from '../content/structure-ids';
import { timelineTargets } from '../lib/active-schedule';
import type { HealingState } from '../lib/healing';
import { loadedContent } from '../state/content-registry';
import { type AppState, useStore } from '../state/store';
import { healingNow, scheduleOf } from '../state/timeline';
import { hasTissueEffect, setTissue, type TissueUniforms } from './tissue-material';

/** Intra-articular ligaments heal poorly (clinical.md §5.2): show them a fainter response. */
const strengthOf = (id: StructureId): number => (isPoorHealer(id) ? 0.35 : 1);

interface Healing {
  healing: HealingState;
  targets: ReadonlySet<StructureId>;
}

/** Without the clinical content (the first frame) only a selected ligament or tendon shows healing. */
const targetsOf = (s: AppState): ReadonlySet<StructureId> =>
  new Set(timelineTargets(s.selected, scheduleOf(s), loadedContent()?.sites ?? []));

/**
 * Drives the healing look of the targeted structures from the store's day. The day's healing and
 * the targets are worked out when the store changes (not per frame); a frame then only copies them
 * into the uniforms each mesh lent by id. An idle timeline asks for no frame at all.
 */
export const TissueTimeline = ({ tissues }: { tissues: ReadonlyMap<StructureId, TissueUniforms> }) => {
  const invalidate = useThree((s) => s.invalidate);
  const now = useRef<Healing | null>(null);
  const dirty = useRef(true);

  useEffect(() => {
    const s0 = useStore.getState();
    now.current = { healing: healingNow(s0), targets: targetsOf(s0) };
    dirty.current = true;
    invalidate();
    return useStore.subscribe((s, prev) => {
      const scheduleChanged =
        s.scheduleId !== prev.scheduleId ||
        s.sessionDates !== prev.sessionDates ||
        s.contentLoaded !== prev.contentLoaded;
      if (!scheduleChanged && s.day === prev.day && s.selected === prev.selected) return;
      const targets =
        scheduleChanged || s.selected !== prev.selected || !now.current ? targetsOf(s) : now.current.targets;
      now.current = { healing: healingNow(s), targets };
      dirty.current = true;
      invalidate();
    });
  }, [invalidate]);

  useFrame(() => {
    const current = now.current;
    if (!dirty.current || !current) return;
    dirty.current = false;
    const show = hasTissueEffect(current.healing);
    for (const [id, u] of tissues) {
      setTissue(u, current.healing, show && current.targets.has(id) ? strengthOf(id) : 0);
    }
  });
  return null;
};
