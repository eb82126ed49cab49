/** wall-capability-curve v5: v4's figure with the dots' labels kept off the key. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 5,
  date: '2026-12-07',
  labelsOffLines: true,
  keyHeld: true,
  changes:
    'The dots’ labels keep off the key in the top left: on a phone, with the 2035 frontier high and to the left, “2035” ran into “dotted: log-linear, no wall”. Same model, sliders, values and data as v4.',
});
