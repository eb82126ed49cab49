/** meek-inference-gap v2: gᵢ as the paper defines it; dotted beyond the fitted range; theme colours; prose cases. */
import { meekInferenceGapFigure } from './figure.ts';

export default meekInferenceGapFigure({
  version: 2,
  date: '2026-12-06',
  current: true,
  changes:
    'Same frontier as meek-loss-gap v4: gᵢ is compute growth beyond hardware gains (default 3.57, the paper’s 5 / 1.4). Each line turns dotted where its compute passes the largest run the loss law was fitted on, and the data add both models’ compute. The catch-up label and the description say in whole sentences whether and when the affordable model catches up; the caption says in words what it assumed in symbols; colours follow the site’s light and dark themes.',
});
