/** wall-gap-lag v1: frontier and open capability on the wall, with the gap and the lag side by side. */
import { wallGapLagFigure } from './figure.ts';

export default wallGapLagFigure({
  version: 1,
  firstVersionParams: true,
  date: '2026-11-23',
  changes:
    'First version: frontier and open capability 2025–2045 on a saturating, rising wall, with the gap in points and the lag in months marked every five years, and a Monte Carlo band on the open frontier.',
});
