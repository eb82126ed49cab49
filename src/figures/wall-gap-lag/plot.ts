/**
 * wall-gap-lag's drawing: the two sides' capability lines cut to the frame, with the gap (a bar, "gap 3.2") and the
 * lag (an arrow, "14 mo") at a few years, the uncertainty band of the open line when it is ready, and the sides'
 * names at the right end. From v4 (`labelsOffLines`) the gap's and the lag's labels keep off both lines.
 *
 * @example plotWallGapLag(rows, capabilityTop(params), { frame: { width: 338 }, labelsOffLines: true })
 */
import * as Plot from '@observablehq/plot';
import type { Band } from '../band/band.ts';
import { formatNumber } from '../format.ts';
import { clipLine } from '../layout/clip-line.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { axisLabelMargins } from '../layout/fit.ts';
import { yearAxis } from '../layout/year-axis.ts';
import type { PlotFrame, TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { FRONTIER_COLOR, OPEN_COLOR } from '../wall-shared/params.ts';
import { HORIZON_YEARS, LAG_CAP_MONTHS, START_YEAR } from '../wall-shared/race.ts';

const END_YEAR = START_YEAR + HORIZON_YEARS;
const MARK_YEARS = [2025, 2030, 2035, 2040];
/** On a phone-wide drawing every other mark: a gap's label reached into the next mark's. */
const NARROW_MARK_YEARS = [2025, 2035];
/** Drawings narrower than this use NARROW_MARK_YEARS. */
const NARROW_PX = 480;

/** The row of a year (quarters); the last row for a year past the end. */
export const rowAt = (rows: readonly TableRow[], year: number) =>
  rows.find((r) => Math.abs(r.year! - year) < 1e-9) ?? rows[rows.length - 1]!;

/** Plot options for these rows under a capability axis up to `top`. */
export function plotWallGapLag(
  rows: readonly TableRow[],
  top: number,
  options: { readonly shaded?: Band; readonly frame?: PlotFrame; readonly labelsOffLines?: boolean } = {},
): Plot.PlotOptions {
  const { shaded, frame } = options;
  const marks = ((frame?.width ?? 640) < NARROW_PX ? NARROW_MARK_YEARS : MARK_YEARS).map((year) => rowAt(rows, year));
  const lagText = (d: TableRow) =>
    d.lag_months! >= LAG_CAP_MONTHS ? `>${LAG_CAP_MONTHS} mo` : `${formatNumber(d.lag_months!, 2)} mo`;
  const halo = { stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;
  // The gap's and the lag's labels stay inside the plot and clear of each other: under the open line at 2025 a
  // gap label fell into the year ticks, and near the top one was cut off.
  const labels = new LabelLayout();
  if (options.labelsOffLines)
    labels.avoid(rows, 'year', 'open', OPEN_COLOR).avoid(rows, 'year', 'frontier', FRONTIER_COLOR);
  /** A column's value held inside the frame, for a mark drawn at it. */
  const inFrame = (column: 'open' | 'frontier') => (d: TableRow) => Math.min(top, Math.max(0, d[column]!));
  return {
    width: 640,
    height: 400,
    // Room for the capability axis's label above its top tick.
    marginTop: axisLabelMargins().marginTop,
    marginLeft: 44,
    marginRight: 64,
    x: {
      ...yearAxis([START_YEAR, END_YEAR], { width: frame?.width, marginLeft: 44, marginRight: 64 }),
      label: null,
    },
    y: { label: '↑ Capability (points)', grid: true, domain: [0, top] },
    marks: [
      ...(shaded
        ? [
            Plot.areaY(shaded, {
              x: 'x',
              y1: (d: { low: number }) => Math.max(0, Math.min(d.low, top)),
              y2: (d: { high: number }) => Math.max(0, Math.min(d.high, top)),
              fill: OPEN_COLOR,
              fillOpacity: 0.13,
            }),
          ]
        : []),
      // Cut to the frame: open models far enough behind start below its zero, and were drawn over the year ticks.
      ...(['open', 'frontier'] as const).map((side) =>
        Plot.lineY(clipLine(rows as Record<'year' | typeof side, number>[], 'year', side, [0, top]), {
          x: 'year',
          y: side,
          z: 'segment',
          stroke: side === 'open' ? OPEN_COLOR : FRONTIER_COLOR,
          strokeWidth: 2.25,
        }),
      ),
      Plot.ruleX(marks, { x: 'year', y1: inFrame('open'), y2: 'frontier', stroke: theme.ink, strokeWidth: 2 }),
      // Below the open line, right of the bar: the lines rise to the right, so that corner stays clear of them;
      // the layout moves a label that would meet the lag's label or leave the plot.
      Plot.text(
        marks,
        labels.place({
          x: 'year',
          y: inFrame('open'),
          text: (d: TableRow) => `gap ${formatNumber(d.gap!, 2)}`,
          dx: 4,
          dy: 11,
          textAnchor: 'start',
          fill: theme.ink,
          fontSize: 10,
          ...halo,
        }),
      ),
      Plot.arrow(marks, {
        x1: 'year',
        y1: 'frontier',
        x2: (d: TableRow) => Math.min(END_YEAR, d.year! + d.lag_months! / 12),
        y2: 'frontier',
        stroke: theme.highlight,
        strokeWidth: 1.5,
        headLength: 6,
      }),
      Plot.text(
        marks,
        labels.place({
          x: 'year',
          y: 'frontier',
          text: lagText,
          dy: -9,
          dx: 2,
          textAnchor: 'start',
          fill: theme.highlight,
          fontSize: 10,
          ...halo,
        }),
      ),
      Plot.text([rows[rows.length - 1]!], {
        x: 'year',
        y: 'frontier',
        text: () => 'Frontier',
        dx: 6,
        dy: -7,
        textAnchor: 'start',
        fill: FRONTIER_COLOR,
        fontWeight: 600,
      }),
      Plot.text([rows[rows.length - 1]!], {
        x: 'year',
        y: 'open',
        text: () => 'Open',
        dx: 6,
        dy: 9,
        textAnchor: 'start',
        fill: OPEN_COLOR,
        fontWeight: 600,
      }),
    ],
  };
}
