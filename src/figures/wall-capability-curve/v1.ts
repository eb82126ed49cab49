/** wall-capability-curve v1: capability against effective compute, from log-linear to saturating. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 1,
  firstVersionParams: true,
  date: '2026-11-23',
  changes:
    'First version: capability against effective compute with a shape slider from log-linear to saturating, the 2025 and 2035 curves, and where the frontier and open models sit on them.',
});
