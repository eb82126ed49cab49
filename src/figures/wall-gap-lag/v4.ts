/** wall-gap-lag v4: v3's figure with the gap and lag labels kept off the two lines at every width. */
import { wallGapLagFigure } from './figure.ts';

export default wallGapLagFigure({
  version: 4,
  date: '2026-12-07',
  labelsOffLines: true,
  changes:
    'The gap and lag labels keep off the two lines: on a phone, where the lines run close together, “16 mo” and “gap 2.9” were written on the open models’ line. Same model, sliders, values and data as v3.',
});
