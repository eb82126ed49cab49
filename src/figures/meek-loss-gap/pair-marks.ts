/**
 * The marks every meek-models figure draws for its two actors: the shaded gap
 * between them, one line each, and a label at the right-hand end of each line.
 * One function so the five figures look alike and cannot drift apart.
 *
 * @example
 *   marks: [...pairMarks(rows, { meek: { y: 'meek_loss', label: 'Meek' },
 *     frontier: { y: 'frontier_loss', label: 'Frontier' }, meekAbove: true }), …]
 */
import * as Plot from '@observablehq/plot';
import type { TableRow } from '../spec.ts';

/** The frontier actor's colour (the site's first series colour in the light theme). */
export const FRONTIER_COLOR = '#1d5fa6';
/** The meek (fixed-budget) actor's colour. */
export const MEEK_COLOR = '#c8641b';

interface Series {
  /** Column of `rows` holding this actor's value. */
  y: string;
  /** Label drawn after the line's last point. */
  label: string;
}

interface PairOptions {
  meek: Series;
  frontier: Series;
  /** True when the meek line is drawn above the frontier's (a loss); its label then sits above the line. */
  meekAbove: boolean;
}

export function pairMarks(rows: readonly TableRow[], { meek, frontier, meekAbove }: PairOptions): Plot.Markish[] {
  const end = rows[rows.length - 1]!;
  const [lower, upper] = meekAbove ? [frontier, meek] : [meek, frontier];
  const endLabel = (series: Series, fill: string, above: boolean) =>
    Plot.text([end], {
      x: 'year',
      y: series.y,
      text: () => series.label,
      dx: 6,
      dy: above ? -7 : 7,
      textAnchor: 'start',
      fill,
      fontWeight: 600,
    });
  return [
    Plot.areaY(rows, { x: 'year', y1: lower.y, y2: upper.y, fill: MEEK_COLOR, fillOpacity: 0.14 }),
    Plot.lineY(rows, { x: 'year', y: meek.y, stroke: MEEK_COLOR, strokeWidth: 2.25 }),
    Plot.lineY(rows, { x: 'year', y: frontier.y, stroke: FRONTIER_COLOR, strokeWidth: 2.25 }),
    endLabel(meek, MEEK_COLOR, meekAbove),
    endLabel(frontier, FRONTIER_COLOR, !meekAbove),
  ];
}
