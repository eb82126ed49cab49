/** open-closed-compute v2: the catch-up lag as a Kaplan–Meier median, unmatched closed records censored (estimates v2). */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 2,
  date: '2026-11-23',
  changes:
    'The lag counts closed records no open model has matched yet, censored at the end of 2025, as a Kaplan–Meier median (as estimates v2); v1 took the median of matched records only, which leaves out the slowest and biases the lag low.',
  censoring: true,
});
