/** open-closed-benchmark-lag v1: months open models took to match each closed benchmark record (open-closed-benchmarks v2). */
import { openClosedBenchmarkLagFigure } from './figure.ts';

export default openClosedBenchmarkLagFigure({
  version: 1,
  firstVersion: true,
  date: '2026-11-23',
  changes:
    'First version: every closed record on seven benchmarks in open-closed-benchmarks v2, with the months open-weights models took to match it, and the records not yet matched.',
});
