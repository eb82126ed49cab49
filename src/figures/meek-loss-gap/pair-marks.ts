/**
 * The marks every meek-models figure draws for its two actors: the shaded gap
 * between them, one line each, and a label at the right-hand end of each line.
 * One function so the five figures look alike and cannot drift apart.
 *
 * A line whose loss law is extrapolated beyond the compute it was fitted on is
 * drawn solid up to that compute and dotted beyond it (`fitted`), so the
 * reader sees where the figure stops reporting a fit and starts extending it.
 *
 * @example
 *   marks: [...pairMarks(rows, { meek: { y: 'meek_loss', label: 'Meek', compute: 'meek_compute' },
 *     frontier: { y: 'frontier_loss', label: 'Frontier', compute: 'frontier_compute' },
 *     meekAbove: true, fittedUpTo: 1.3e22 }), …]
 */
import * as Plot from '@observablehq/plot';
import type { LabelLayout } from '../layout/direct-labels.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

/** The frontier actor's colour: the theme's frontier token. */
export const FRONTIER_COLOR = theme.frontier;
/** The meek (fixed-budget) actor's colour. */
export const MEEK_COLOR = theme.meek;
/** Dash pattern of the part of a line beyond the compute its law was fitted on. */
export const EXTRAPOLATED_DASH = '2,3';

interface Series {
  /** Column of `rows` holding this actor's value. */
  y: string;
  /** Label drawn after the line's last point. */
  label: string;
  /** Column holding this actor's effective compute (FLOP), when the line follows a fitted law. */
  compute?: string;
}

interface PairOptions {
  meek: Series;
  frontier: Series;
  /** True when the meek line is drawn above the frontier's (a loss); its label then sits above the line. */
  meekAbove: boolean;
  /** Largest compute the loss law was fitted on: each line is dotted beyond it (needs `compute` columns). */
  fittedUpTo?: number;
  /**
   * Places the end labels through this layout (meek-loss-gap v5, meek-inference-gap v3): kept below the axis
   * title and clear of each other, where a line ending at the top put its name over the title on a phone.
   */
  layout?: LabelLayout;
}

/**
 * A series' rows split where its compute passes `limit`: the rows within the fitted range, and the
 * extrapolated rows, which start at the last fitted row so the two pieces of line join.
 *
 * @example splitAtFit([{ c: 1 }, { c: 2 }, { c: 3 }], 'c', 2) // { fitted: [{ c: 1 }, { c: 2 }], extrapolated: [{ c: 2 }, { c: 3 }] }
 */
export function splitAtFit(rows: readonly TableRow[], column: string, limit: number) {
  const firstBeyond = rows.findIndex((row) => (row[column] ?? 0) > limit);
  if (firstBeyond === -1) return { fitted: rows, extrapolated: [] as readonly TableRow[] };
  return { fitted: rows.slice(0, firstBeyond), extrapolated: rows.slice(Math.max(0, firstBeyond - 1)) };
}

export function pairMarks(
  rows: readonly TableRow[],
  { meek, frontier, meekAbove, fittedUpTo, layout }: PairOptions,
): Plot.Markish[] {
  const end = rows[rows.length - 1]!;
  const [lower, upper] = meekAbove ? [frontier, meek] : [meek, frontier];
  const endLabel = (series: Series, fill: string, above: boolean) => {
    const options: Plot.TextOptions = {
      x: 'year',
      y: series.y,
      text: () => series.label,
      dx: 6,
      // With a layout, 9 px: two labels at one point then clear each other's padded boxes and neither moves.
      dy: (above ? -1 : 1) * (layout ? 9 : 7),
      textAnchor: 'start',
      fill,
      stroke: theme.background,
      strokeWidth: 3,
      paintOrder: 'stroke',
      fontWeight: 600,
    };
    return Plot.text([end], layout ? layout.place(options, 'frame and right margin') : options);
  };
  const line = (series: Series, stroke: string): Plot.Markish[] => {
    if (fittedUpTo === undefined || series.compute === undefined)
      return [Plot.lineY(rows, { x: 'year', y: series.y, stroke, strokeWidth: 2.25 })];
    const { fitted, extrapolated } = splitAtFit(rows, series.compute, fittedUpTo);
    return [
      Plot.lineY(fitted, { x: 'year', y: series.y, stroke, strokeWidth: 2.25 }),
      Plot.lineY(extrapolated, {
        x: 'year',
        y: series.y,
        stroke,
        strokeWidth: 2.25,
        strokeDasharray: EXTRAPOLATED_DASH,
      }),
    ];
  };
  return [
    Plot.areaY(rows, { x: 'year', y1: lower.y, y2: upper.y, fill: MEEK_COLOR, fillOpacity: 0.14 }),
    ...line(meek, MEEK_COLOR),
    ...line(frontier, FRONTIER_COLOR),
    endLabel(meek, MEEK_COLOR, meekAbove),
    endLabel(frontier, FRONTIER_COLOR, !meekAbove),
  ];
}
