/** wall-gap-lag v5: v4's figure whose description says "1 month" and "1 point", not "1 months" and "1 points". */
import { wallGapLagFigure } from './figure.ts';

export default wallGapLagFigure({
  version: 5,
  date: '2026-12-07',
  labelsOffLines: true,
  quantities: true,
  changes:
    'The description says “1 month” and “1 point” where v4 said “1 months” and “1 points” (ℓₒ at its minimum, λ at its maximum), and gives the lag’s unit at both ends (“from 16 months to 16 months”). Same model, sliders, values, drawing and data as v4.',
});
