import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultScheduleId } from '../../content/healing';
import { MY_SCHEDULE } from '../../lib/timeline-url';
import { todayOnTimeline, toIsoDate } from '../../lib/treatment-dates';
import { useStore } from '../../state/store';
import { TimelineBar } from './TimelineBar';
import { TimelineControls } from './TimelineControls';
import { usePlayer } from './use-player';
import '../timeline.css';
import { lazyRetry } from '../lazy-retry';

// The readout names the injected structures, from the site content on its own chunk.
const TimelineReadout = lazyRetry(() => import('./TimelineReadout').then((m) => m.TimelineReadout));
// The charts cite their sources (the whole source list): load them when asked for.
const TimelineCharts = lazyRetry(() => import('../charts/TimelineCharts').then((m) => m.TimelineCharts));
// "My dates" cites its caveat with the source list, which brings the sources: load it when opened.
const MySessions = lazyRetry(() => import('./MySessions').then((m) => m.MySessions));
// Cells and fibres at tissue scale: drawn only once the timeline is unfolded.
const MicroView = lazyRetry(() => import('../MicroView').then((m) => m.MicroView));

/**
 * The healing timeline under the 3D view (issue #4): controls, the slider, the day in words, and on
 * request the user's own session dates and the two charts.
 */
export const TimelinePanel = () => {
  const { t } = useTranslation();
  usePlayer();
  const [open, setOpen] = useState<'none' | 'mine' | 'charts'>('none');
  // Folded to one row until used (or opened by a link), so the knee keeps the screen.
  const engaged = useStore((s) => s.day > 0 || s.playing || s.scheduleId !== defaultScheduleId);
  const [userShown, setUserShown] = useState<boolean | null>(null);
  const shown = userShown ?? engaged;
  const dates = useStore((s) => s.sessionDates);
  const mine = useStore((s) => s.scheduleId === MY_SCHEDULE);
  const today = toIsoDate(new Date());
  const todayDay = mine ? todayOnTimeline(dates, today) : null;
  const toggle = (which: 'mine' | 'charts') => setOpen(open === which ? 'none' : which);
  return (
    <section className="timeline-panel" aria-labelledby="timeline-title">
      <div className="tl-head">
        <h2 id="timeline-title" className="tl-title">
          <button
            type="button"
            className="button tl-fold"
            aria-expanded={shown}
            aria-controls="tl-body"
            onClick={() => setUserShown(!shown)}
          >
            <span aria-hidden="true">{shown ? '▾' : '▸'}</span> {t('timeline.label')}
          </button>
        </h2>
        {shown && <TimelineControls />}
        {shown && (
          <div className="tl-toggles">
            <button
              type="button"
              className="button"
              aria-expanded={open === 'mine'}
              aria-controls="tl-extra"
              onClick={() => toggle('mine')}
            >
              {t('timeline.mine.open')}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={open === 'charts'}
              aria-controls="tl-extra"
              onClick={() => toggle('charts')}
            >
              {t(open === 'charts' ? 'timeline.charts.hide' : 'timeline.charts.show')}
            </button>
          </div>
        )}
      </div>
      <div id="tl-body" hidden={!shown}>
        {shown && (
          <>
            <TimelineBar today={todayDay} />
            <Suspense fallback={<div className="tl-readout-pending" aria-busy="true" />}>
              <TimelineReadout />
              <MicroView />
            </Suspense>
            <div id="tl-extra">
              {open === 'mine' && (
                <Suspense fallback={null}>
                  <MySessions today={today} />
                </Suspense>
              )}
              {open === 'charts' && (
                <Suspense fallback={null}>
                  <TimelineCharts />
                </Suspense>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
};
