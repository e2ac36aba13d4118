import { MaturityChart } from './MaturityChart';
import { WomacChart } from './WomacChart';

/** The timeline's two charts side by side; loaded on their own chunk when first opened. */
export const TimelineCharts = () => (
  <div className="tl-charts">
    <WomacChart />
    <MaturityChart />
  </div>
);
