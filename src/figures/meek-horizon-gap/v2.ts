/** meek-horizon-gap v2: gᵢ as the paper defines it; theme colours; a label that stays in the plot; prose cases. */
import { meekHorizonGapFigure } from './figure.ts';

export default meekHorizonGapFigure({
  version: 2,
  date: '2026-12-06',
  current: true,
  changes:
    'Same actors as meek-loss-gap v4: gᵢ is compute growth beyond hardware gains (default 3.57, the paper’s 5 / 1.4). The end label moves to the top left, where it can neither cover the line nor be cut off; colours follow the site’s light and dark themes; the caption says in words what the power law is and adds Kwa et al.’s caveat that the doubling may have sped up in 2024.',
});
