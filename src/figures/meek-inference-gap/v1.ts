/** meek-inference-gap v1: the inference-side variant, a fixed price per token against the frontier. */
import { meekInferenceGapFigure } from './figure.ts';

export default meekInferenceGapFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: loss of the frontier and of the best model a fixed price per token affords, as inference prices fall.',
});
