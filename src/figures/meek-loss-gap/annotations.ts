/**
 * What meek-loss-gap writes over its two lines: where the frontier leaves the compute the loss law was fitted
 * on (a dotted rule and a label, v4 on), and what the gap does (a marker at its peak, or a label saying it is
 * shrinking from the start or still widening at the end). Gundlach, Lynch & Thompson 2025, Figure 1.
 *
 * The labels' options are those v1–v4 published. From v5 they go through one LabelLayout (`layout`), which
 * keeps each inside the plot and clear of the others at the width the figure is drawn: on a phone a late
 * peak's label, written to the left of the peak, ran off the left edge over the loss ticks (issue 19).
 *
 * @example
 *   const notes = lossGapAnnotations(params, rows, 'paper-start', { extrapolation: true, layout: new LabelLayout() });
 *   marks: [...notes.exitRule, ...pairMarks(rows, …), ...notes.gap, ...notes.exitLabel]
 */
import * as Plot from '@observablehq/plot';
import { meekState } from '../../model/meek-models.ts';
import { formatNumber, formatYear } from '../format.ts';
import type { LabelLayout } from '../layout/direct-labels.ts';
import { textWidth } from '../layout/text-width.ts';
import { PAGE_FONT_PX } from '../render.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { gapMarker, haloText } from './gap-marker.ts';
import { HORIZON_YEARS, START_YEAR, peak, scenario, yearsToLeaveFit, type AnyParams, type Pivot } from './model.ts';
import { formatYearOf } from './values.ts';

export interface LossGapAnnotations {
  /** The dotted rule where the frontier leaves the fitted range, drawn under the lines. */
  readonly exitRule: Plot.Markish[];
  /** Its label. */
  readonly exitLabel: Plot.Markish[];
  /** The peak's marker, or the label of a gap shrinking from the start or still widening at the end. */
  readonly gap: Plot.Markish[];
}

const EXIT_LABEL = 'Beyond the fitted range →';
/** Share of the loss range the fitted-range label takes at the top or bottom of the plot (its line and offset). */
const LABEL_BAND = 0.12;

/**
 * Where the fitted-range label, written rightwards from `fromYear`, is clearest of the lines over its whole
 * span: at the top or the bottom of the plot, whichever fewer of its rows cross (the meek line at the top,
 * the frontier's at the bottom), the top when both are clear. v4 looked at the meek line at the rule only,
 * so on a phone, where the label spans most of the plot, it was often written over the frontier's line.
 */
function clearBand(
  rows: readonly TableRow[],
  fromYear: number,
  plotWidth: number,
  [lowest, highest]: readonly [number, number],
): 'top' | 'bottom' {
  const span = ((textWidth(EXIT_LABEL, PAGE_FONT_PX) + 4) / Math.max(1, plotWidth)) * HORIZON_YEARS;
  const under = rows.filter((r) => (r.year ?? 0) >= fromYear && (r.year ?? 0) <= fromYear + span);
  const range = highest - lowest;
  // Rows under the label where a line enters its band: the meek line at the top, the frontier's at the bottom.
  const top = under.filter((r) => (r.meek_loss ?? lowest) > highest - LABEL_BAND * range).length;
  const bottom = under.filter((r) => (r.frontier_loss ?? highest) < lowest + LABEL_BAND * range).length;
  return top <= bottom ? 'top' : 'bottom';
}

export function lossGapAnnotations(
  p: AnyParams,
  rows: readonly TableRow[],
  pivot: Pivot,
  {
    extrapolation,
    layout,
    plotWidth = 520,
  }: {
    readonly extrapolation: boolean;
    readonly layout?: LabelLayout;
    /** Width of the plot area in pixels (v5: the drawing's width less its margins), for the label's span. */
    readonly plotWidth?: number;
  },
): LossGapAnnotations {
  const s = scenario(p, pivot);
  const top = peak(p, pivot);
  const end = rows[rows.length - 1]!;
  const peakRow = top.years >= 0 && top.years <= HORIZON_YEARS ? meekState(s, top.years) : undefined;
  const exitYears = extrapolation ? yearsToLeaveFit(s, 'frontier') : Infinity;
  const exitInView = exitYears > 0 && exitYears < HORIZON_YEARS - 1;
  // The label goes at the top, which the falling curves have left by then, unless the meek curve is still
  // up there (little or no shared progress): then at the bottom, which the frontier has not reached yet.
  const losses = rows.flatMap((r) => [r.meek_loss ?? NaN, r.frontier_loss ?? NaN]);
  const [lowest, highest] = [Math.min(...losses), Math.max(...losses)];
  const meekAtExit = exitInView ? meekState(s, exitYears).meekLoss : lowest;
  const exitLabelAt = layout
    ? clearBand(rows, START_YEAR + exitYears, plotWidth, [lowest, highest])
    : (highest - meekAtExit) / (highest - lowest) < 0.2
      ? 'bottom'
      : 'top';
  const late = top.years > HORIZON_YEARS / 2;
  return {
    exitRule: exitInView
      ? [Plot.ruleX([START_YEAR + exitYears], { stroke: theme.reference, strokeDasharray: '2,3' })]
      : [],
    exitLabel: exitInView
      ? [
          haloText(
            [START_YEAR + exitYears],
            {
              x: (d: number) => d,
              frameAnchor: exitLabelAt,
              text: () => EXIT_LABEL,
              textAnchor: 'start',
              dx: 4,
              dy: exitLabelAt === 'top' ? 6 : -6,
              fill: theme.mutedInk,
            },
            layout,
          ),
        ]
      : [],
    gap: peakRow
      ? gapMarker(
          [START_YEAR + peakRow.years],
          { y1: peakRow.frontierLoss, y2: peakRow.meekLoss },
          // Both curves fall: above the meek curve and to the right of the peak nothing is drawn, nor below
          // the frontier curve and to its left, where a late peak's label goes so it stays in the plot.
          {
            x: (d: number) => d,
            y: late ? peakRow.frontierLoss : peakRow.meekLoss,
            text: () => `Gap peaks in ${formatYearOf(top.years)}: ${formatNumber(top.gap, 2)} nats`,
            dy: late ? 14 : -10,
            dx: late ? -4 : 4,
            textAnchor: late ? 'end' : 'start',
          },
          layout,
        )
      : [
          top.years < 0
            ? // The curves have converged by the end; the top right is clear of both falling curves.
              haloText(
                [end],
                {
                  frameAnchor: 'top-right',
                  text: () => 'Gap shrinking from the start',
                  textAnchor: 'end',
                  dx: -4,
                  dy: 6,
                },
                layout,
              )
            : // Still widening: the gap is widest at the end, so its middle has room.
              haloText(
                [end],
                {
                  x: 'year',
                  y: (d: TableRow) => ((d.meek_loss ?? 0) + (d.frontier_loss ?? 0)) / 2,
                  text: () => `Gap still widening in ${formatYear(START_YEAR + HORIZON_YEARS)}`,
                  textAnchor: 'end',
                  dx: -6,
                },
                layout,
              ),
        ],
  };
}
