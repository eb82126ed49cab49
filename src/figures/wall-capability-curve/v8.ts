/** wall-capability-curve v8: a year's two dots nested where they meet, each name beside a dot of its own colour. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 8,
  date: '2026-12-08',
  labelsOffLines: true,
  keyHeld: true,
  namesByDots: true,
  dotsApart: true,
  nestedWhenMet: true,
  changes:
    'Where a year’s two dots meet (ℓₒ near one month), the open dot is drawn inside the frontier’s, nested as device-frontier draws machines that share a point, where v7 drew a wider ring round it: “Open” stood nearer v7’s ring than its own dot. The open dot of 2035 is no longer named apart where the dots meet: the frontier’s “2035” names the point, as in every other state. Same model, sliders, values and data as v7.',
});
