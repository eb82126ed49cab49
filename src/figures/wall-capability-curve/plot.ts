/**
 * wall-capability-curve's drawing: the log-linear, 2025 and 2035 curves, the frontier's and open models' dots with
 * the bar of the gap between them in each year, their names, and the key. Apart from the spec (figure.ts), as
 * device-frontier's plot.ts is: the spec says what the figure computes, this file where each thing is drawn, and
 * how each version places the names (the options below).
 *
 * @example
 * plot: (p, rows) => plotCurves(options, p, rows)   // in figure.ts's spec
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatYear } from '../format.ts';
import type { Params, TableRow } from '../spec.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { axisLabelMargins } from '../layout/fit.ts';
import { theme } from '../theme.ts';
import { CEILING_COLOR, FRONTIER_COLOR, OPEN_COLOR } from '../wall-shared/params.ts';
import { START_YEAR } from '../wall-shared/race.ts';
import { points } from '../wall-shared/units.ts';
import { LATER_YEAR, X_MAX, X_MIN, Y_DOMAIN, positions, type Key } from './curves.ts';

/** How a version places the dots' names and the key (each flag says from which version). */
export interface CurveLabelling {
  /** v4 on: the dots' labels keep off the three curves (LabelLayout.avoid), where on a phone they lay along them. */
  readonly labelsOffLines?: boolean;
  /**
   * v5 on: the key in the top left is drawn first and held (LabelLayout.hold), so the dots' labels keep off it: on
   * a phone, with the 2035 frontier high and far left, "2035" ran into "dotted: log-linear, no wall".
   */
  readonly keyHeld?: boolean;
  /**
   * v6 on: each dot's name stands within DOT_REACH of its dot or, failing that, is joined to it by a leader
   * (layout/leader.ts): on a phone v5 set "Frontier 2025" and "2035" 33–36 px from their dots, with no line to them.
   */
  readonly namesByDots?: boolean;
  /**
   * v7 on: where a year's two dots meet (open models under a month behind), the frontier's is drawn as a ring round
   * the open one and the open dot is named too; and the key says "1 point", not "1 points". In v6 the open dot
   * covered the frontier's, which vanished.
   */
  readonly dotsApart?: boolean;
}

/** Pixels a dot's name may stand from its dot with no leader (v6 on), as device-frontier's machines. */
const DOT_REACH = 10;
/** Where no clear place comes within DOT_REACH: a leader up to this long, stopping short of the 4.5 px dot (v6 on). */
const DOT_LEADER = { length: 48, gap: 6, keep: true } as const;

/** Pixels between a year's two dots' centres under which they are drawn as a ring and a dot (v7 on): they touch. */
const MEET_PX = 2 * 4.5 + 3;
/** The frontier's ring round a met open dot (v7 on). */
const RING_R = 8;
const MARGIN_LEFT = 44;
const MARGIN_RIGHT = 16;

/**
 * The years whose two dots meet in a drawing `width` wide: both sit on that year's curve, so their distance is
 * nearly their distance in effective compute, which the x scale turns into pixels.
 */
function yearsMet(dots: ReturnType<typeof positions>, width: number): Set<number> {
  const pxPerStep = (width - MARGIN_LEFT - MARGIN_RIGHT) / (X_MAX - X_MIN);
  const met = new Set<number>();
  for (const year of [START_YEAR, LATER_YEAR]) {
    const [leader, follower] = dots.filter((d) => d.year === year);
    if (Math.abs(leader!.x - follower!.x) * pxPerStep < MEET_PX) met.add(year);
  }
  return met;
}

/** The figure's Plot options at these settings, over the table's rows (curves.ts curveRows), `width` px wide. */
export function plotCurves(
  options: CurveLabelling,
  p: Params<Key>,
  rows: readonly TableRow[],
  width = 640,
): Plot.PlotOptions {
  const dots = positions(p);
  const met = options.dotsApart ? yearsMet(dots, width) : new Set<number>();
  const ringed = dots.filter((d) => d.side === 0 && met.has(d.year));
  const inFrame = (y: number) => y >= Y_DOMAIN[0] && y <= Y_DOMAIN[1];
  const pairs = [START_YEAR, LATER_YEAR].map((year) => {
    const [leader, follower] = dots.filter((d) => d.year === year);
    return { year, x: leader!.x, y1: follower!.c, y2: leader!.c };
  });
  const halo = { stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;
  const frontierDots = dots.filter((d) => d.side === 0);
  const reach = options.namesByDots ? DOT_REACH : undefined;
  const leader = options.namesByDots ? DOT_LEADER : undefined;
  // The dots' labels stay inside the plot and clear of each other: on a phone "Frontier 2025" reached left over
  // the capability axis's tick labels when there was no wall.
  const labels = new LabelLayout();
  if (options.namesByDots) labels.avoidDots(dots, 'x', 'c', 4.5);
  if (ringed.length) labels.avoidDots(ringed, 'x', 'c', RING_R);
  if (options.labelsOffLines)
    labels
      .avoid(rows, 'compute_oom', 'log_linear', CEILING_COLOR)
      .avoid(rows, 'compute_oom', 'capability_2025', theme.ink)
      .avoid(rows, 'compute_oom', 'capability_2035', theme.ink);
  // The key in the empty top left, where no curve reaches at any setting: a gap's size beside its bar ran
  // out of the frame once the 2035 frontier moved right, and a label at the top right met the 2035 dot.
  const key = [
    ...pairs.map((d) => ({
      text: `gap in ${formatYear(d.year)}: ${options.dotsApart ? points(d.y2 - d.y1) : `${formatNumber(d.y2 - d.y1, 2)} points`}`,
      fill: theme.highlight,
    })),
    { text: 'dotted: log-linear, no wall', fill: CEILING_COLOR },
  ].map(({ text, fill }, line) => {
    const keyLine: Plot.TextOptions = {
      frameAnchor: 'top-left',
      dx: 6,
      dy: 6 + line * 16,
      textAnchor: 'start',
      fill,
      fontSize: 10,
      ...halo,
    };
    return Plot.text([text], options.keyHeld ? labels.hold(keyLine) : keyLine);
  });
  return {
    width: 640,
    height: 380,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    // Room for both axis labels beside the tick labels (at 390 px the x label ran over "+10" and "+15").
    ...axisLabelMargins(),
    x: {
      label: 'Effective compute, tenfold steps →',
      domain: [X_MIN, X_MAX],
      ticks: [-5, 0, 5, 10, 15],
      tickFormat: (d: number) => (d === 0 ? formatYear(START_YEAR) : d > 0 ? `+${d}` : `−${-d}`),
    },
    y: { label: '↑ Capability (points)', grid: true, domain: [...Y_DOMAIN] },
    marks: [
      // Plot's clip option numbers its clip paths per render, which would make the SVG differ between
      // renders; marks are cut to the frame by filtering their data instead.
      Plot.lineY(
        rows.filter((r) => inFrame(r.log_linear!)),
        { x: 'compute_oom', y: 'log_linear', stroke: CEILING_COLOR, strokeDasharray: '1 3', strokeWidth: 1.5 },
      ),
      Plot.lineY(
        rows.filter((r) => inFrame(r.capability_2025!)),
        { x: 'compute_oom', y: 'capability_2025', stroke: theme.ink, strokeWidth: 2 },
      ),
      Plot.lineY(
        rows.filter((r) => inFrame(r.capability_2035!)),
        { x: 'compute_oom', y: 'capability_2035', stroke: theme.ink, strokeWidth: 1.5, strokeDasharray: '6 3' },
      ),
      Plot.ruleX(pairs, { x: 'x', y1: 'y1', y2: 'y2', stroke: theme.highlight, strokeWidth: 2, dx: 7 }),
      // v7: a frontier dot that meets its year's open dot is a ring round it, so both show.
      // Only when drawn: an empty mark would still add a group to the published versions' drawings.
      ...(ringed.length
        ? [Plot.dot(ringed, { x: 'x', y: 'c', r: RING_R, stroke: FRONTIER_COLOR, strokeWidth: 2.5, fill: 'none' })]
        : []),
      Plot.dot(
        dots.filter((d) => !ringed.includes(d)),
        {
          x: 'x',
          y: 'c',
          r: 4.5,
          fill: (d: { side: number }) => (d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR),
          stroke: theme.background,
        },
      ),
      ...(options.keyHeld ? key : []),
      // Above-left of each frontier dot and below-right of the open one: the curve rises to the right, so
      // both places stay clear of it whatever the settings.
      Plot.text(
        frontierDots,
        labels.place(
          {
            x: 'x',
            y: 'c',
            text: (d: { year: number }) =>
              d.year === START_YEAR ? `Frontier ${formatYear(d.year)}` : formatYear(d.year),
            dx: -7,
            dy: -9,
            textAnchor: 'end',
            fill: FRONTIER_COLOR,
            fontWeight: 600,
            ...halo,
          },
          'frame',
          reach,
          leader,
        ),
      ),
      Plot.text(
        // v7: a later open dot is named too where it meets the frontier's, which names the year.
        dots.filter((d) => d.side === 1 && (d.year === START_YEAR || met.has(d.year))),
        labels.place(
          {
            x: 'x',
            y: 'c',
            text: (d: { year: number }) => (d.year === START_YEAR ? 'Open' : `Open ${formatYear(d.year)}`),
            dx: 6,
            dy: 11,
            textAnchor: 'start',
            fill: OPEN_COLOR,
            fontWeight: 600,
            ...halo,
          },
          'frame',
          reach,
          leader,
        ),
      ),
      ...(options.keyHeld ? [] : key),
    ],
  };
}
