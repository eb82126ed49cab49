/** open-closed-compute v3's legend row, drawn inside the SVG (Plot's own legend is HTML outside it). */
import * as Plot from '@observablehq/plot';
import { LEGACY } from '../legacy-colours.ts';
import { theme } from '../theme.ts';

/** v3: room above the plot for the legend row and the axis label. */
export const LEGEND_MARGIN = 52;

/** v3's legend, in the top margin clear of the dots (Plot's own legend is HTML outside the SVG). */
export function legendMarks() {
  const items = [
    { label: 'Open weights', fill: theme.open, stroke: 'none', dx: 0 },
    { label: 'Closed (API, hosted, unreleased)', fill: 'none', stroke: theme.frontier, dx: 100 },
  ];
  return items.flatMap((item) => [
    Plot.dot([item], {
      frameAnchor: 'top-left',
      dx: item.dx + 4,
      dy: -34,
      r: 3.5,
      fill: item.fill,
      stroke: item.stroke,
    }),
    Plot.text([item.label], {
      frameAnchor: 'top-left',
      dx: item.dx + 12,
      dy: -34,
      textAnchor: 'start',
      fill: LEGACY.text333,
    }),
  ]);
}
