import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { healingAt } from '../../lib/healing';
import { dateOfDay, isIsoDate, todayOnTimeline, toIsoDate } from '../../lib/treatment-dates';
import { useStore } from '../../state/store';
import { scheduleOf, setSessionDates } from '../../state/timeline';
import { CitationScope, CitedText } from '../Citation';
import { SourceList } from '../SourceList';
import { useTimelineCaveat } from './caveat';

/**
 * "Where am I in my treatment?": the user's own session dates (kept in the link only). The timeline
 * then follows them, jumps to today, and says today's phase and the next session.
 */
export const MySessions = ({ today }: { today: string }) => {
  const { t } = useTranslation();
  const stored = useStore((s) => s.sessionDates);
  const scheduleId = useStore((s) => s.scheduleId);
  // Rows being edited may be blank or half-typed; only valid dates reach the store.
  const [rows, setRows] = useState<string[]>(() => (stored.length ? [...stored] : ['']));
  const caveat = useTimelineCaveat();
  const commit = (next: string[]) => {
    setRows(next);
    setSessionDates(next.filter(isIsoDate), today);
  };
  const todayDay = todayOnTimeline(stored, today);
  const first = stored[0];
  let status: string | null = null;
  if (todayDay !== null && first) {
    const h = healingAt(Math.max(0, todayDay), scheduleOf({ scheduleId, sessionDates: stored }));
    status =
      todayDay < 0
        ? t('timeline.mine.todayBefore')
        : t('timeline.mine.today', {
            day: todayDay,
            phase: t(`timeline.phases.${h.phase}`),
            next: h.nextSessionDay === null ? t('timeline.mine.noNext') : dateOfDay(first, h.nextSessionDay),
          });
  }
  return (
    <section className="tl-mine" aria-labelledby="tl-mine-title">
      <h3 id="tl-mine-title">{t('timeline.mine.title')}</h3>
      <p className="tl-note">{t('timeline.mine.intro')}</p>
      <ol className="tl-dates">
        {rows.map((value, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in an editable list
          <li key={i}>
            <label className="tl-field">
              <span>{t('timeline.mine.date', { n: i + 1 })}</span>
              <input
                type="date"
                className="tl-date"
                value={value}
                max={toIsoDate(new Date(Date.now() + 400 * 86_400_000))}
                onChange={(e) => commit(rows.map((r, j) => (j === i ? e.target.value : r)))}
              />
            </label>
            <button
              type="button"
              className="button"
              aria-label={t('timeline.mine.remove', { n: i + 1 })}
              onClick={() => commit(rows.filter((_, j) => j !== i))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => setRows([...rows, ''])}>
        {t('timeline.mine.add')}
      </button>
      {status && (
        <p className="tl-mine-status" role="status">
          {status}
        </p>
      )}
      {/* The phase named above is the healing model's, not a reading of this knee (review S1). */}
      <CitationScope statements={[caveat]} prefix="tl-mine">
        <CitedText cited={caveat} className="tl-note tl-caveat" />
        <details className="tl-sources">
          <summary>{t('timeline.sources', { count: caveat.sources.length })}</summary>
          <SourceList />
        </details>
      </CitationScope>
    </section>
  );
};
