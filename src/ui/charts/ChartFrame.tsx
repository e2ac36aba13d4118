import type { ReactNode } from 'react';

export const CHART_W = 360;
export const CHART_H = 210;
const M = { left: 46, right: 12, top: 12, bottom: 40 };

export interface Scale {
  x: (v: number) => number;
  y: (v: number) => number;
}

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  xTicks: readonly number[];
  yTicks: readonly number[];
  xMax: number;
  yMax: number;
  /** Where "now" is, in x units; drawn as a vertical cursor. */
  cursor: number;
  cursorLabel: string;
  children: (scale: Scale) => ReactNode;
}

/** Axes, tick labels, axis titles and a "now" cursor around a chart's marks (SVG text only). */
export const ChartFrame = ({
  title,
  xLabel,
  yLabel,
  xTicks,
  yTicks,
  xMax,
  yMax,
  cursor,
  cursorLabel,
  children,
}: Props) => {
  const x = (v: number) => M.left + (Math.min(v, xMax) / xMax) * (CHART_W - M.left - M.right);
  const y = (v: number) => CHART_H - M.bottom - (v / yMax) * (CHART_H - M.top - M.bottom);
  return (
    <svg className="chart" viewBox={`0 0 ${CHART_W} ${CHART_H}`} role="img" aria-label={title}>
      <g className="axis x-axis">
        <line x1={M.left} x2={CHART_W - M.right} y1={y(0)} y2={y(0)} />
        {xTicks.map((v) => (
          <text key={v} x={x(v)} y={y(0) + 14} textAnchor="middle">
            {v}
          </text>
        ))}
        <text className="axis-label" x={(M.left + CHART_W - M.right) / 2} y={CHART_H - 6} textAnchor="middle">
          {xLabel}
        </text>
      </g>
      <g className="axis y-axis">
        <line x1={M.left} x2={M.left} y1={y(0)} y2={M.top} />
        {yTicks.map((v) => (
          <g key={v}>
            <line className="grid" x1={M.left} x2={CHART_W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text
          className="axis-label"
          transform={`translate(12 ${(M.top + CHART_H - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
      </g>
      {children({ x, y })}
      <g className="cursor">
        <line x1={x(cursor)} x2={x(cursor)} y1={y(0)} y2={M.top} />
        <text x={Math.min(x(cursor) + 4, CHART_W - 70)} y={M.top + 10}>
          {cursorLabel}
        </text>
      </g>
    </svg>
  );
};
