/** wall-capability-curve v4: v3's figure with the dots' labels kept off the curves at every width. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 4,
  date: '2026-12-07',
  labelsOffLines: true,
  changes:
    'The dots’ labels keep off the curves: on a phone “Frontier 2025” and “2035” were written along the capability curves. Same model, sliders, values and data as v3.',
});
