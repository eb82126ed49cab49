/** meek-loss-gap v1 (2026-11-22): the paper's Figure 1, both actors starting from the same budget. Superseded by v2; frozen. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 1,
  date: '2026-11-22',
  changes: 'First version: frontier and meek losses and their gap, after Gundlach, Lynch & Thompson 2025, Figure 1.',
  headStart: false,
  pivot: 'fixed-1e25',
  fromRegistry: false,
});
