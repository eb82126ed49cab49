/** open-closed-benchmark-lag v2: unmatched records drawn as censored, the median's interval, a fixed frame. */
import { openClosedBenchmarkLagFigure } from './figure.ts';

export default openClosedBenchmarkLagFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Records not yet matched are drawn hollow with an arrow up at the months they had stood (a lower bound), so recent records no longer look like short lags; the Kaplan–Meier median gets its 90% interval as a band; records before the chosen year stay on the chart, faint, so the axes no longer move with the slider (whole years only); the slider starts at 2020, the first record; colours follow the reader’s theme; one colour for matched and one for unmatched records instead of one per benchmark (the benchmark of each record is in the data table).',
});
