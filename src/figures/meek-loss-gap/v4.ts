/**
 * meek-loss-gap v4: gᵢ is compute growth net of hardware, as the paper defines it (3.57 = 5 / 1.4);
 * lines are dotted beyond the largest run the loss law was fitted on; colours from the theme; prose
 * cases; a description in whole sentences.
 */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 4,
  date: '2026-12-06',
  changes:
    'gᵢ now means what it means in the paper: the growth of frontier training compute beyond hardware gains (5× a year of compute over hardware’s 1.4× is 3.57, the new default; Epoch AI’s measured 4–5× a year gives 2.86 to 3.57), not a dollar budget. Each line turns dotted where its compute passes the largest training run the loss law was fitted on (1.3×10²² FLOP), with a mark where the frontier leaves that range; the data add both actors’ effective compute. Colours follow the site’s light and dark themes, labels have halos, years never carry a thousands separator, and the caption and description use words instead of formulas.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
});
