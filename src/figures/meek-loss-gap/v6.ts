/** meek-loss-gap v6: v5's figure with the gap's and the fitted range's labels kept off the two lines. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'The gap’s label and the fitted-range label keep off the two lines: on a phone “Gap peaks in 2032: 0.33 nats”, “Gap still widening in 2045” and “Beyond the fitted range →” could be written along a line. Same model, sliders, presets, values and data as v5.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
  placedLabels: true,
  labelsOffLines: true,
});
