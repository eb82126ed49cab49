/** open-closed-compute v4: v3 with the recent widening shown and said, one y axis for every from-year, theme colours. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 4,
  date: '2026-12-06',
  changes:
    'Shows what the median lag hides: the closed records at the end of the data that no open model has matched (all four since December 2023) are ringed and the span they open over the open record is shaded, and the open record is labelled with its date (July 2024). The y axis stays fixed as the from-year moves; colours follow the reader’s light or dark theme.',
  censoring: true,
  legible: true,
  widening: true,
});
