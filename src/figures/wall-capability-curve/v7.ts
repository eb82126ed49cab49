/** wall-capability-curve v7: v6's figure with a year's two dots both on show where they meet, and "1 point". */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 7,
  date: '2026-12-07',
  labelsOffLines: true,
  keyHeld: true,
  namesByDots: true,
  dotsApart: true,
  changes:
    'Where open models are so little behind that a year’s two dots meet (ℓₒ near one month), the frontier’s dot is a ring round the open one and the open dot of 2035 is named too: in v6 the open dot covered the frontier’s, which vanished. The key and the description say “1 point”, where v6 said “1 points”. Same model, sliders, values and data as v6.',
});
