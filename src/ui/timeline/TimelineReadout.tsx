import { useTranslation } from 'react-i18next';
import { isPoorHealer } from '../../content/healing-evidence';
import { structureName } from '../../content/structure-names';
import { timelineTargets } from '../../lib/active-schedule';
import { useStore } from '../../state/store';
import { useWhen } from './TimelineBar';
import { useHealing, useSchedule } from './use-healing';

/**
 * The day in plain words, large enough for a projector: "Week 6, day 3 — proliferation: fibroblasts
 * are laying down new, still disorganised type III collagen", then sessions so far and what is shown.
 */
export const TimelineReadout = () => {
  const { t } = useTranslation();
  const h = useHealing();
  const schedule = useSchedule();
  const when = useWhen();
  const selected = useStore((s) => s.selected);
  const targets = timelineTargets(selected, schedule);
  const poor = targets.some(isPoorHealer);
  const next = h.nextSessionDay;
  const progress =
    next === null
      ? t('timeline.progressDone', { count: h.sessionsSoFar })
      : t('timeline.progress', { count: h.sessionsSoFar, next });
  return (
    <div className="tl-readout" data-phase={h.phase} data-day={h.day}>
      <p className="tl-sentence" aria-live="off">
        {t('timeline.readout', {
          when: when(h.day),
          phase: t(`timeline.phases.${h.phase}`),
          what: t(`timeline.what.${h.phase}`),
        })}
      </p>
      <p className="tl-progress">
        {progress}{' '}
        {targets.length > 3
          ? t('timeline.showingMany', { count: targets.length })
          : t('timeline.showing', { names: targets.map(structureName).join(', ') })}
      </p>
      {poor && <p className="tl-note">{t('timeline.poorHealer')}</p>}
      {h.day > 0 && (
        <p className="tl-note">
          {t(`timeline.scheduleHint.${schedule.id}`)} {t('timeline.honesty')}
        </p>
      )}
    </div>
  );
};
