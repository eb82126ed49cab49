/** meek-loss-gap v5: v4's figure with every label kept inside the plot and clear of the others at any width. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'Labels stay inside the drawing and clear of one another and of the axes at every width: on a phone, the label of a gap that peaks late no longer runs off the left edge over the loss ticks; the fitted-range label goes to the top or the bottom of the plot, whichever the lines leave clearer over its whole length, and makes way for the peak’s; the actors’ names at the lines’ ends stay below the axis title. Same model, values and data as v4.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
  placedLabels: true,
});
