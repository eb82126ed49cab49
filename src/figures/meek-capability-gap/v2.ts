/** meek-capability-gap v2: gᵢ as the paper defines it; dotted beyond the fitted range; theme colours; prose cases. */
import { meekCapabilityGapFigure } from './figure.ts';

export default meekCapabilityGapFigure({
  version: 2,
  date: '2026-12-06',
  current: true,
  changes:
    'Same actors as meek-loss-gap v4: gᵢ is compute growth beyond hardware gains (default 3.57, the paper’s 5 / 1.4). Each line turns dotted where its compute passes the largest run the loss law was fitted on, and the data add both actors’ effective compute. Colours follow the site’s light and dark themes, the label has a halo, years never carry a thousands separator, and the description says in whole sentences when the gap is widest.',
});
