/** device-frontier v2: algorithmic progress gₐ on both sides, registry growth rates, labels that move or drop, theme colours. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Adds algorithmic progress gₐ (the registry’s 2.8× a year, Ho et al. 2024), applied to the frontier and to each machine’s model of its own year alike: a 2030 home machine now matches about the 2026–27 frontier at the defaults, where v1 said 2024. Frontier compute growth is the registry’s 4.6× (v1: 4.7×, a figure not in its source). Years are rounded, not floored; dots are coloured by maker, with the maker and launch price in the table; labels move or drop instead of overlapping on a phone; colours follow the light and dark themes; the y axis runs 2016–2035 in every state.',
  algorithmicProgress: true,
});
