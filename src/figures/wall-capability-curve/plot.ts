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
import { nestedRadius } from '../nested-dots.ts';
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
  /**
   * v8 on: where a year's two dots come under NEST_PX apart they are drawn nested at the frontier's point, the
   * open dot inside the frontier's (nested-dots.ts, as device-frontier v8 draws machines sharing a point), and
   * apart otherwise, four dots in one order in every state. v7's ring stood 3.5 px outside the open dot, so "Open"
   * stood nearer the frontier's ring than its own dot; and v7 named the open dot of 2035 only where it met the
   * frontier's, a name that came and went (legibility/dots-named.ts). The frontier's name names a nested point.
   */
  readonly nestedWhenMet?: boolean;
}

/** Pixels a dot's name may stand from its dot with no leader (v6 on), as device-frontier's machines. */
const DOT_REACH = 10;
/** Where no clear place comes within DOT_REACH: a leader up to this long, stopping short of the 4.5 px dot (v6 on). */
const DOT_LEADER = { length: 48, gap: 6, keep: true } as const;

/** Pixels between a year's two dots' centres under which they are drawn as a ring and a dot (v7 on): they touch. */
const MEET_PX = 2 * 4.5 + 3;
/** The frontier's ring round a met open dot (v7 on). */
const RING_R = 8;
/**
 * Pixels across between a year's two dots' centres under which they are drawn nested (v8 on): two 4.5 px dots up
 * to 4.5 px apart, the later covers the earlier's middle and half of it (legibility/dots-named.ts), and 1.5 px
 * spare. The open dot moves at most this far, to the frontier's point; the bar beside them still shows the gap.
 */
const NEST_PX = 6;
const DOT_R = 4.5;
const MARGIN_LEFT = 44;
const MARGIN_RIGHT = 16;

/**
 * The years whose two dots meet in a drawing `width` wide: both sit on that year's curve, so their distance is
 * nearly their distance in effective compute, which the x scale turns into pixels.
 */
function yearsMet(dots: ReturnType<typeof positions>, width: number, apartPx = MEET_PX): Set<number> {
  const pxPerStep = (width - MARGIN_LEFT - MARGIN_RIGHT) / (X_MAX - X_MIN);
  const met = new Set<number>();
  for (const year of [START_YEAR, LATER_YEAR]) {
    const [leader, follower] = dots.filter((d) => d.year === year);
    if (Math.abs(leader!.x - follower!.x) * pxPerStep < apartPx) met.add(year);
  }
  return met;
}

/**
 * v8: the four dots where they are drawn, one mark each in one order (frontier 2025, open 2025, frontier 2035,
 * open 2035), so each keeps its place in the drawing whatever the settings; a `nested` year's open dot inside its
 * frontier's.
 */
function dotMarks(drawn: ReturnType<typeof positions>, nested: ReadonlySet<number>): Plot.Dot[] {
  return drawn.map((d) => {
    const inner = nested.has(d.year) && d.side === 1;
    return Plot.dot([d], {
      x: 'x',
      y: 'c',
      r: nested.has(d.year) ? nestedRadius(d.side) : DOT_R,
      fill: d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR,
      // No halo inside the frontier's dot: it would eat most of the 1.7 px of blue left round the open one.
      stroke: inner ? 'none' : theme.background,
    });
  });
}

/** The figure's Plot options at these settings, over the table's rows (curves.ts curveRows), `width` px wide. */
export function plotCurves(
  options: CurveLabelling,
  p: Params<Key>,
  rows: readonly TableRow[],
  width = 640,
): Plot.PlotOptions {
  const dots = positions(p);
  const met = options.dotsApart && !options.nestedWhenMet ? yearsMet(dots, width) : new Set<number>();
  const nested = options.nestedWhenMet ? yearsMet(dots, width, NEST_PX) : new Set<number>();
  // v8: a nested open dot is drawn at its frontier's point, and named there.
  const drawn = dots.map((d) => {
    const frontier = dots.find((f) => f.year === d.year && f.side === 0)!;
    return nested.has(d.year) ? { ...d, x: frontier.x, c: frontier.c } : d;
  });
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
  if (options.namesByDots) labels.avoidDots(drawn, 'x', 'c', DOT_R);
  if (ringed.length) labels.avoidDots(ringed, 'x', 'c', RING_R);
  const nests = dots.filter((d) => d.side === 0 && nested.has(d.year));
  if (nests.length) labels.avoidDots(nests, 'x', 'c', nestedRadius(0));
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
      ...(options.nestedWhenMet
        ? dotMarks(drawn, nested)
        : [
            Plot.dot(
              dots.filter((d) => !ringed.includes(d)),
              {
                x: 'x',
                y: 'c',
                r: DOT_R,
                fill: (d: { side: number }) => (d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR),
                stroke: theme.background,
              },
            ),
          ]),
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
        drawn.filter((d) => d.side === 1 && (d.year === START_YEAR || met.has(d.year))),
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
