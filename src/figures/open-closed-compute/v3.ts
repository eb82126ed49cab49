/** open-closed-compute v3: v2's lag, made legible: a legend, whole-year ticks, closed models as rings, the from-year read as a year. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 3,
  date: '2026-11-23',
  changes:
    'Adds a legend; closed models drawn as rings so overlapping dots no longer blend into grey; whole-year ticks (no repeated years for short windows); lags under a month said in words; the from-year slider reads as a year.',
  censoring: true,
  legible: true,
});
