/** wall-gap-lag v3: gap and lag labels that stay inside the plot and clear of each other and of the year axis. */
import { wallGapLagFigure } from './figure.ts';

export default wallGapLagFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'Labels stay legible in every setting: a gap’s label under the open line ran into the year ticks when the open line started near zero, and one was cut off at the top at the sliders’ maxima, so the gap and lag labels now move inside the plot, clear of each other; the capability axis’s title has a line above its top tick; and the lines, the band and the 2025 bar stop at the zero axis, where open models that start far enough behind were drawn below it, over the year ticks. The model and the data are the same as v2’s.',
});
