/** meek-capability-gap v4: v3's figure with one percentage point read in the singular. */
import { meekCapabilityGapFigure } from './figure.ts';

export default meekCapabilityGapFigure({
  version: 4,
  date: '2026-12-07',
  current: true,
  placedLabels: true,
  countedPoints: true,
  changes:
    'A gap of one percentage point reads “1 percentage point” in the description and in the essay’s sentences, and “1 point” in the label of the widest gap: v3 printed “1 percentage points” and “1 points”. Same model, sliders, values, data and drawing as v3 everywhere else.',
});
