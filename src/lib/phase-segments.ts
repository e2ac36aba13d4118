import type { PhaseId } from '../content/healing';
import { healingAt } from './healing';
import { TIMELINE_END } from './timeline-scale';

export interface PhaseSegment {
  phase: PhaseId;
  start: number;
  end: number;
}

const cache = new Map<string, PhaseSegment[]>();

/** The timeline cut into runs of one phase, for the coloured bands under the slider. */
export const phaseSegments = (sessionDays: readonly number[], step = 0.5): PhaseSegment[] => {
  const key = `${sessionDays.join(',')}|${step}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const schedule = { sessionDays: [...sessionDays] };
  const out: PhaseSegment[] = [];
  for (let day = 0; day <= TIMELINE_END; day += step) {
    const phase = healingAt(day, schedule).phase;
    const last = out.at(-1);
    if (last && last.phase === phase) last.end = Math.min(day + step, TIMELINE_END);
    else out.push({ phase, start: day, end: Math.min(day + step, TIMELINE_END) });
  }
  cache.set(key, out);
  return out;
};
