import { useTranslation } from 'react-i18next';
import type { Cited } from '../../content/clinical-schema';
import { phases, thickeningSources, timelineCaveatSources } from '../../content/healing';
import { isPoorHealer } from '../../content/poor-healers';
import { sites } from '../../content/sites';
import { structureName } from '../../content/structure-names';
import { timelineTargets } from '../../lib/active-schedule';
import { numberSources } from '../../lib/citations';
import { useStore } from '../../state/store';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { useTimelineCaveat } from './caveat';
import { useWhen } from './TimelineBar';
import { useHealing, useSchedule } from './use-healing';

/**
 * The day in plain words, large enough for a projector: "Day 30 · 4 weeks after the first session —
 * proliferation, in the healing model: repair cells would lay down new fibres…", then sessions so far,
 * what is shown, and the caveat, each statement cited like a card.
 */
export const TimelineReadout = () => {
  const { t } = useTranslation();
  const h = useHealing();
  const schedule = useSchedule();
  const when = useWhen();
  const level = useStore((s) => s.readingLevel);
  const selected = useStore((s) => s.selected);
  const caveat = useTimelineCaveat();
  const targets = timelineTargets(selected, schedule, sites);
  const poor = targets.some(isPoorHealer);
  const next = h.nextSessionDay;
  const progress =
    next === null
      ? t('timeline.progressDone', { count: h.sessionsSoFar })
      : t('timeline.progress', { count: h.sessionsSoFar, next });
  const phase = phases.find((p) => p.id === h.phase);
  const sentence: Cited = {
    text: t(h.phase === 'baseline' ? 'timeline.readoutBaseline' : 'timeline.readout', {
      when: when(h.day),
      phase: t(`timeline.phases.${h.phase}`),
      what: t(`timeline.what.${level}.${h.phase}`),
    }),
    sources: phase ? phase.sources : [...timelineCaveatSources],
  };
  const thickening: Cited | null =
    targets.length > 0 && h.crossSection > 0.005
      ? { text: t(`timeline.thickening.${level}`), sources: [...thickeningSources] }
      : null;
  const scheduleHint: Cited | null =
    schedule.sources.length > 0
      ? { text: t(`timeline.scheduleHint.${schedule.id}`), sources: schedule.sources }
      : null;
  const statements = [
    sentence,
    caveat,
    ...(thickening ? [thickening] : []),
    ...(scheduleHint ? [scheduleHint] : []),
  ];
  return (
    <div className="tl-readout" data-phase={h.phase} data-day={h.day}>
      <CitationScope statements={statements} prefix="timeline">
        <CitedText cited={sentence} className="tl-sentence" />
        <p className="tl-progress">
          {progress}{' '}
          {schedule.jointOnly
            ? t('timeline.jointOnly')
            : targets.length > 3
              ? t('timeline.showingMany', { count: targets.length })
              : t('timeline.showing', { names: targets.map(structureName).join(', ') })}
        </p>
        {poor && <p className="tl-note">{t('timeline.poorHealer')}</p>}
        <CitedText cited={caveat} className="tl-note tl-caveat" />
        {thickening && <CitedText cited={thickening} className="tl-note" />}
        {scheduleHint ? (
          <CitedText cited={scheduleHint} className="tl-note" />
        ) : (
          <p className="tl-note">{t(`timeline.scheduleHint.${schedule.id}`)}</p>
        )}
        <details className="tl-sources">
          <summary>{t('timeline.sources', { count: numberSources(statements).keys.length })}</summary>
          <SourceList />
        </details>
      </CitationScope>
    </div>
  );
};
