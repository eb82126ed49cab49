/** wall-glut v2: either side may get the glut first, a fixed frame, readable panels, theme colours. */
import { wallGlutFigure } from './figure.ts';

export default wallGlutFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'The delay δ runs from −5 to 15 years, so a reader can give the glut to open models first (that the leader gets it first is the essay’s assumption), and a second dotted line marks when open models get it; the capability axis moves only with the glut’s start, speed-up and delay, not with saturation or the ceiling’s rise; panels have a gap between them and no year ticks at their edges (v1 ran “20452025” together); colours and halos follow the reader’s theme; growth rates and the open lag come from the parameter registry (frontier compute 4.6×/yr and 16.3 months, where v1 used 4.7×/yr and 15 months); symbols σ, λ, T and δ replace κ, ρ, T_g and D, which other essays use for other things.',
});
