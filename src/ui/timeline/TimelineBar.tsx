import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseSegments } from '../../lib/phase-segments';
import {
  dayToFraction,
  fractionToDay,
  keyStep,
  TIMELINE_END,
  tickWeeks,
  weekAndDay,
} from '../../lib/timeline-scale';
import { setDay } from '../../state/timeline';
import { useQuantisedDay, useSchedule } from './use-healing';

const pct = (day: number): string => `${(dayToFraction(day) * 100).toFixed(3)}%`;

/**
 * "Day 45 · 6 weeks after the first session" (or "Day 3" in the first week): the slider's spoken
 * value and the readout's "when". Day 0 is the first session of every schedule.
 */
export const useWhen = (): ((day: number) => string) => {
  const { t } = useTranslation();
  return (day) => {
    const { week, dayOfWeek } = weekAndDay(day);
    const total = week * 7 + dayOfWeek;
    return week === 0
      ? t('timeline.valueDay', { day: total })
      : t('timeline.valueWeek', { day: total, count: week });
  };
};

/**
 * The timeline slider (role="slider"): day 0 to 52 weeks on a square-root scale, phase bands,
 * session markers (optional ones hollow) and, for the user's own dates, today. Arrows move a day,
 * PageUp/PageDown a week, Home/End to the ends; drag or tap anywhere on it.
 */
export const TimelineBar = ({ today }: { today: number | null }) => {
  const { t } = useTranslation();
  const day = useQuantisedDay();
  const schedule = useSchedule();
  const when = useWhen();
  const bar = useRef<HTMLDivElement>(null);
  const segments = phaseSegments(schedule.sessionDays);

  const dayAt = (clientX: number): number => {
    const rect = bar.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return day;
    return Math.round(fractionToDay((clientX - rect.left) / rect.width));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    setDay(dayAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) setDay(dayAt(e.clientX));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = keyStep(e.key, day);
    if (next === null) return;
    e.preventDefault();
    setDay(next);
  };

  return (
    <div className="tl-bar-wrap">
      <div
        ref={bar}
        className="tl-bar"
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.slider')}
        aria-valuemin={0}
        aria-valuemax={TIMELINE_END}
        aria-valuenow={day}
        aria-valuetext={when(day)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <div className="tl-track" aria-hidden="true">
          {segments.map((s) => (
            <span
              key={s.start}
              className={`tl-band phase-${s.phase}`}
              style={{ left: pct(s.start), width: `calc(${pct(s.end)} - ${pct(s.start)})` }}
            />
          ))}
        </div>
        {schedule.sessionDays.map((d, i) => (
          <span
            key={d}
            className={`tl-session${schedule.optionalDays.includes(d) ? ' optional' : ''}`}
            style={{ left: pct(d) }}
            title={t(schedule.optionalDays.includes(d) ? 'timeline.optionalSession' : 'timeline.session', {
              n: i + 1,
            })}
            data-day={d}
            aria-hidden="true"
          />
        ))}
        {today !== null && today >= 0 && today <= TIMELINE_END && (
          <span className="tl-today" style={{ left: pct(today) }} aria-hidden="true">
            {t('timeline.today')}
          </span>
        )}
        <span className="tl-thumb" style={{ left: pct(day) }} aria-hidden="true" />
      </div>
      <div className="tl-ticks" aria-hidden="true">
        {tickWeeks.map((w) => (
          <span key={w} style={{ left: pct(w * 7) }}>
            {t('timeline.tickWeek', { week: w })}
          </span>
        ))}
      </div>
    </div>
  );
};
