/** meek-gap-band v1: the meek loss gap with a Monte Carlo band over the registry's ranges. */
import { meekGapBandFigure } from './figure.ts';

export default meekGapBandFigure({
  version: 1,
  date: '2026-11-23',
  changes: 'First version: the loss gap’s 90% band over seeded draws of gᵢ, gₕ, gₐ and α from the parameter registry.',
});
