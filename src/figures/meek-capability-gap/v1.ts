/** meek-capability-gap v1: the meek-models race in benchmark points and in tasks of many steps. */
import { meekCapabilityGapFigure } from './figure.ts';

export default meekCapabilityGapFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: frontier and meek success on an MMLU-like benchmark and on tasks of n steps, from the loss-gap figure’s scenario through the fitted sigmoid.',
});
