/** over-training v2: algorithmic progress gₐ, registry frontier growth, rounded years, theme colours, labels that move or drop. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Adds algorithmic progress gₐ (the registry’s 2.8× a year, Ho et al. 2024): the frontier’s effective compute grows by its compute growth times gₐ each year, and a model trained now has the anchor year’s algorithms, so every size matches a later frontier than in v1. Frontier compute growth is the registry’s 4.6× (v1: 4.7×, not in its source). Years are rounded, not floored; colours follow the light and dark themes, labels carry halos and move or drop instead of leaving the drawing on a phone.',
  algorithmicProgress: true,
});
