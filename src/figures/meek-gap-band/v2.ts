/** meek-gap-band v2: investment growth drawn as the paper defines it; theme colours; years without separators. */
import { meekGapBandFigure } from './figure.ts';

export default meekGapBandFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Investment growth gᵢ is now drawn as the paper defines it, frontier compute growth beyond hardware gains: uniformly between Epoch AI’s 4× and 5× a year of compute over hardware’s 1.4× (2.86 to 3.57), instead of around the 2.4× a year growth of training cost in dollars, which with hardware’s 1.4× implies less compute growth than was measured. The band therefore sits higher and peaks a little sooner. Colours follow the site’s light and dark themes; the description’s years no longer carry a thousands separator (it said “2,029”), and it says in whole sentences where the peak years fall.',
});
