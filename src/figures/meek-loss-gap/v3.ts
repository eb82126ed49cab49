/** meek-loss-gap v3 (placeholder while v2 is frozen). */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 3,
  date: '2026-11-23',
  changes: 'placeholder',
  headStart: true,
});
