/** open-closed-benchmark-lag v3: v2's figure with the median's name clear of the dots and room for the last year. */
import { openClosedBenchmarkLagFigure } from './figure.ts';

export default openClosedBenchmarkLagFigure({
  version: 3,
  date: '2026-12-08',
  changes:
    'The median’s name slides along its line to a place clear of every record’s dot, arrow and the key: on a phone v2 wrote it over a dot. The right margin is wider, so “2026” no longer runs to the drawing’s edge. Same data, slider, values and median as v2.',
  labelsClear: true,
});
