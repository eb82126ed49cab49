/** meek-horizon-gap v3: v2's figure with a ratio axis a reader can read at every setting. */
import { meekHorizonGapFigure } from './figure.ts';

export default meekHorizonGapFigure({
  version: 3,
  date: '2026-12-07',
  current: true,
  readableTicks: true,
  changes:
    'The vertical axis labels its ratios as numbers: whole numbers within one tenfold step, 1, 2 and 5 within two, and at most six powers of ten beyond, such as 10¹⁰ and 10²⁰. v2 used SI prefixes, which at the sliders’ ends read “10G”, “1P” and “100E”, and drew unlabelled grid lines between its labels. Same model, sliders, values and data as v2.',
});
