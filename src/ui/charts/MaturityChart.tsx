import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { strengthFacts } from '../../content/healing-evidence';
import { healingAt } from '../../lib/healing';
import { TIMELINE_END } from '../../lib/timeline-scale';
import { useQuantisedDay, useSchedule } from '../timeline/use-healing';
import { ChartFrame } from './ChartFrame';
import { SourceLine } from './SourceLine';

const STEP = 2;

/** The illustrative model over the year (new collagen, mature share), beside the animal figures. */
export const MaturityChart = () => {
  const { t } = useTranslation();
  const day = useQuantisedDay();
  const schedule = useSchedule();
  // The curve depends on the schedule only: sample it once, not on every tick of playback.
  const samples = useMemo(
    () => Array.from({ length: TIMELINE_END / STEP + 1 }, (_, i) => healingAt(i * STEP, schedule)),
    [schedule],
  );
  return (
    <figure className="chart-card" data-chart="maturity">
      <figcaption>
        <h3>{t('timeline.charts.maturityTitle')}</h3>
        <p className="tl-note">{t('timeline.charts.maturityNote')}</p>
      </figcaption>
      <ChartFrame
        title={t('timeline.charts.maturityTitle')}
        xLabel={t('timeline.charts.maturityX')}
        yLabel={t('timeline.charts.maturityY')}
        xTicks={[0, 6, 12, 26, 40, 52]}
        yTicks={[0, 25, 50, 75, 100]}
        xMax={52}
        yMax={100}
        cursor={day / 7}
        cursorLabel={t('timeline.charts.cursor', { week: Math.floor(day / 7) })}
      >
        {({ x, y }) => (
          <>
            {strengthFacts.map((f, i) =>
              f.week === undefined ? null : (
                <g key={f.id} className="fact-marker">
                  <line x1={x(f.week)} x2={x(f.week)} y1={y(0)} y2={y(100)} />
                  <text x={x(f.week) + 3} y={y(96)}>
                    {String.fromCharCode(97 + i)}
                  </text>
                </g>
              ),
            )}
            <polyline
              className="series new-collagen"
              points={samples
                .map((h) => `${x(h.day / 7).toFixed(1)},${y(h.newCollagen * 100).toFixed(1)}`)
                .join(' ')}
            />
            <polyline
              className="series mature"
              points={samples
                .map((h) => `${x(h.day / 7).toFixed(1)},${y(h.matureShare * 100).toFixed(1)}`)
                .join(' ')}
            />
          </>
        )}
      </ChartFrame>
      <ul className="chart-legend">
        <li>
          <span className="swatch new-collagen" aria-hidden="true" />
          {t('timeline.charts.newCollagen')}
        </li>
        <li>
          <span className="swatch mature" aria-hidden="true" />
          {t('timeline.charts.mature')}
        </li>
      </ul>
      <ol className="chart-facts" type="a">
        {strengthFacts.map((f) => (
          <li key={f.id} data-fact={f.id}>
            {t(`timeline.facts.${f.id}`)}
            {f.sources.map((k) => (
              <SourceLine key={k} sourceKey={k} />
            ))}
          </li>
        ))}
      </ol>
    </figure>
  );
};
