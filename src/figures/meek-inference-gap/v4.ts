/**
 * meek-inference-gap v4: v3's figure with a price-decline slider that reaches both ends of its range.
 */
import { meekInferenceGapFigure } from './figure.ts';

export default meekInferenceGapFigure({
  version: 4,
  date: '2026-12-07',
  current: true,
  placedLabels: true,
  wholeSteps: true,
  changes:
    'The price-decline slider reaches both ends of its range: it ran from 1.5× to 1,000× a year in steps that did not divide that range, so it stopped at 991× and never reached its top; it now runs to 1,500× a year in whole steps. Same model, other sliders, values and data as v3.',
});
