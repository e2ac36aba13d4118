import { useTranslation } from 'react-i18next';
import { rabagoWomac, womacArms } from '../../content/healing-evidence';
import { useQuantisedDay } from '../timeline/use-healing';
import { ChartFrame } from './ChartFrame';
import { SourceLine } from './SourceLine';

/** Rabago 2013 Table 4: what trial patients reported (measured), with today's week as a cursor. */
export const WomacChart = () => {
  const { t } = useTranslation();
  const day = useQuantisedDay();
  const weeks = [0, ...rabagoWomac.weeks];
  return (
    <figure className="chart-card" data-chart="womac">
      <figcaption>
        <h3>{t('timeline.charts.womacTitle')}</h3>
        <p className="tl-note">{t('timeline.charts.womacNote')}</p>
      </figcaption>
      <ChartFrame
        title={t('timeline.charts.womacTitle')}
        xLabel={t('timeline.charts.womacX')}
        yLabel={t('timeline.charts.womacY')}
        xTicks={[0, 5, 9, 12, 24, 52]}
        yTicks={[0, 4, 8, 12, 16]}
        xMax={52}
        yMax={18}
        cursor={day / 7}
        cursorLabel={t('timeline.charts.cursor', { week: Math.floor(day / 7) })}
      >
        {({ x, y }) =>
          womacArms.map((arm) => {
            const values = [0, ...rabagoWomac.arms[arm]];
            const pts = values.map((v, i) => `${x(weeks[i] ?? 0).toFixed(1)},${y(v).toFixed(1)}`);
            return (
              <g key={arm} className={`series arm-${arm}`}>
                <polyline points={pts.join(' ')} />
                {values.map((v, i) => (
                  <circle key={weeks[i]} cx={x(weeks[i] ?? 0)} cy={y(v)} r="3" />
                ))}
              </g>
            );
          })
        }
      </ChartFrame>
      <ul className="chart-legend">
        {womacArms.map((arm) => (
          <li key={arm}>
            <span className={`swatch arm-${arm}`} aria-hidden="true" />
            {t(`timeline.charts.arms.${arm}`)}
          </li>
        ))}
      </ul>
      <SourceLine sourceKey="rabago-2013-table-4" />
    </figure>
  );
};
