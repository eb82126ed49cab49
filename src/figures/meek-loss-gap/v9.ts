/** meek-loss-gap v9: v8's figure, with the fitted range said as the largest run the law is known to have been fitted on. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 9,
  date: '2026-12-07',
  changes:
    'The dotted lines now start at the largest run the loss law is known to have been fitted on, as the essay says: v8 called 1.3×10²² FLOP the largest training run the law was fitted on, but the 245 runs Besiroglu et al. recovered from Hoffmann et al.’s figure are a subset of those fitted, so no source says the fit used nothing larger. The caption, the description and the constant’s label and source say so. Same model, sliders, values, drawing and data as v8.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
  placedLabels: true,
  labelsOffLines: true,
  readingStated: true,
  plainSources: true,
  fitKnown: true,
});
