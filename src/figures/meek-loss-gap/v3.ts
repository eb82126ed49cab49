/**
 * meek-loss-gap v3: holds the loss law fixed at the paper's own starting point when α moves, so a
 * larger α brings the peak sooner without raising it; reads every parameter from the registry; says
 * what gᵢ = 3.6 is and offers the measured 2.4 in one click; reads its ends in words.
 */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 3,
  date: '2026-11-23',
  changes:
    'When α moves, the loss law is now held fixed at the paper’s starting point (the compute of its $1,000 budget) instead of at 10²⁵ FLOP, so α changes how fast returns diminish and not where both actors start: at the paper’s budget the peak comes sooner for a larger α and is as high. Parameters come from the registry; gᵢ is labelled as the paper’s assumption, with presets for the measured 2.4×/yr; values read in words at the ends of the sliders.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
});
