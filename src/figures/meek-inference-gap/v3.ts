/**
 * meek-inference-gap v3: v2's figure with the catch-up label and the models' names kept inside the drawing at
 * every width.
 */
import { meekInferenceGapFigure } from './figure.ts';

export default meekInferenceGapFigure({
  version: 3,
  date: '2026-12-07',
  current: true,
  placedLabels: true,
  changes:
    'The catch-up label stays inside the plot at every width: a late catch-up’s label no longer runs over the year ticks, nor “Starts level” or a line’s name over the axis title, and a catch-up after the figure ends is said in its top right corner. Same model, sliders, values and data as v2.',
});
