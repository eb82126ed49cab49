/** meek-loss-gap v2: adds the frontier's head start ρ. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 2,
  date: '2026-11-22',
  changes:
    'Adds the frontier’s head start ρ as a parameter, so the figure can show a frontier that already outspends the meek actor; at ρ = 1 it draws what v1 drew.',
  headStart: true,
  pivot: 'fixed-1e25',
  fromRegistry: false,
});
