/** meek-horizon-gap v1: the frontier's lead in task horizon, an unbounded measure. */
import { meekHorizonGapFigure } from './figure.ts';

export default meekHorizonGapFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: the frontier’s task horizon as a multiple of the meek actor’s, if horizon is a power of effective compute.',
});
