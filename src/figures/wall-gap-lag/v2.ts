/** wall-gap-lag v2: a frame that moves only with the growth rates, labels that cannot collide, theme colours. */
import { wallGapLagFigure } from './figure.ts';

export default wallGapLagFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'The capability axis reaches the log-linear frontier of 2045 and moves only with the two growth rates, so moving saturation or the ceiling’s rise bends the lines instead of rescaling the axis (v1 went from 0–13 to 0–8 as σ moved); gap labels sit under the open line, clear of the lag labels; colours and halos follow the reader’s theme; frontier compute growth (4.6×/yr) and the open lag (16.3 months) come from the parameter registry, where v1 used 4.7×/yr and 15 months; symbols σ, λ and ℓₒ replace κ, ρ and ℓ, which other essays use for other things.',
});
