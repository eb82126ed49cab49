/** device-frontier v1: the frontier year each machine in local-devices v1 matches, with a projected home machine. Superseded by v2; frozen. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: the frontier year each machine in local-devices v1 matches, anchored on the largest 2025 run in ai-models v1, with a projected home machine.',
  algorithmicProgress: false,
});
