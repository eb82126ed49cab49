/** meek-capability-gap v5: v4's figure, saying so where its two lines lie within a line's width of each other. */
import { meekCapabilityGapFigure } from './figure.ts';

export default meekCapabilityGapFigure({
  version: 5,
  date: '2026-12-08',
  current: true,
  placedLabels: true,
  countedPoints: true,
  closeLinesSaid: true,
  changes:
    'Where the gap is too narrow to mark (half a point or less), the drawing says that frontier and meek lie at most so many points apart and are drawn as one line: with every slider at its minimum v4 drew two lines 0.14 points apart, which read as one line with two names. Same model, sliders, values, data and drawing as v4 everywhere else.',
});
