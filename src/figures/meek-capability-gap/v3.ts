/** meek-capability-gap v3: v2's figure with its labels kept off the two lines at every width. */
import { meekCapabilityGapFigure } from './figure.ts';

export default meekCapabilityGapFigure({
  version: 3,
  date: '2026-12-07',
  current: true,
  placedLabels: true,
  changes:
    'The label of the widest gap is placed clear of both lines and inside the plot: on a phone it was written along the frontier’s line near the top. Same model, sliders, values and data as v2.',
});
