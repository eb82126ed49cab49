/**
 * wall-capability-curve: capability against effective compute, with the
 * curve's shape running from log-linear (κ = 0, no wall) to saturating, the
 * curve of 2025 and that of 2035 (raised by ceiling-lifting progress), and
 * where the frontier and open models sit on each (capability-wall.ts,
 * wall-race.ts). The same compute ratio is a smaller capability gap higher up
 * a saturating curve.
 */
import * as Plot from '@observablehq/plot';
import { capability } from '../../model/capability-wall.ts';
import { WALL_REFERENCE_OOM, followerStartOom, type WallRace } from '../../model/wall-race.ts';
import { formatNumber, formatYear } from '../format.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { axisLabelMargins } from '../layout/fit.ts';
import { theme } from '../theme.ts';
import { wallTitleFails } from './title-fails.ts';
import { ordersOfMagnitude, points } from '../wall-shared/units.ts';
import {
  CEILING_COLOR,
  FRONTIER_COLOR,
  OPEN_COLOR,
  algorithmicGrowth,
  ceilingRise,
  firstVersionParams,
  openLag,
  saturation,
} from '../wall-shared/params.ts';
import { START_YEAR, WALL_DEFAULTS, raceFrom } from '../wall-shared/race.ts';

type Key = 'saturation' | 'ceiling_rise' | 'g_a' | 'open_lag';

const LATER_YEAR = 2035;
// The frame holds every reachable state, so it never rescales under the reader: the 2035 frontier at the fastest
// efficiency growth sits 16.6 tenfold steps up, open models at the longest lag 5 below the 2025 frontier.
const X_MIN = -6;
const X_MAX = 18;
/** Log-linear capability at X_MAX (the highest any curve reaches) and the saturated curve's lowest at X_MIN. */
const Y_DOMAIN = [-5, X_MAX + WALL_REFERENCE_OOM] as const;
/** "Nearly the same gap": within this share of the 2025 gap. */
const NEARLY = 0.05;

const ceilingAt = (r: WallRace, years: number) =>
  r.saturation > 0 ? 1 / r.saturation + r.ceilingRise * years : Infinity;
const capAt = (r: WallRace, x: number, years: number) =>
  capability(x, { ceiling: ceilingAt(r, years), reference: -WALL_REFERENCE_OOM });
/** Capability points per tenfold compute at x, as a share of the log-linear point. */
const slopeShare = (r: WallRace, x: number, years: number) =>
  Number.isFinite(ceilingAt(r, years)) ? Math.exp(-(x + WALL_REFERENCE_OOM) / ceilingAt(r, years)) : 1;

/** Where the two sides sit in a year: effective compute (log10, relative to the 2025 frontier) and capability. */
function positions(p: Params<Key>) {
  const r = raceFrom(p);
  const perYear = Math.log10(r.computeGrowth * r.algorithmicGrowth);
  return [0, LATER_YEAR - START_YEAR].flatMap((years) =>
    [0, followerStartOom(r)].map((start, side) => {
      const x = start + years * perYear;
      return { year: START_YEAR + years, side, x, c: capAt(r, x, years) };
    }),
  );
}

function gapIn(p: Params<Key>, year: number) {
  const [leader, follower] = positions(p).filter((d) => d.year === year);
  return leader!.c - follower!.c;
}

/** How the same compute lead's worth moves from 2025 to 2035 (the bend case; the title's note reads it too). */
function bendCase(p: Params<Key>): 'none' | 'flattens' | 'nearly' | 'steepens' {
  if (p.saturation === 0) return 'none';
  const start = gapIn(p, START_YEAR);
  const change = (gapIn(p, LATER_YEAR) - start) / start;
  return change < -NEARLY ? 'flattens' : change > NEARLY ? 'steepens' : 'nearly';
}

export interface WallCapabilityCurveVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Version 1's sliders (typed-in compute growth and open lag), so its frozen page lists what it was published with. */
  readonly firstVersionParams?: boolean;
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
}

/** Pixels a dot's name may stand from its dot with no leader (v6 on), as device-frontier's machines. */
const DOT_REACH = 10;
/** Where no clear place comes within DOT_REACH: a leader up to this long, stopping short of the 4.5 px dot (v6 on). */
const DOT_LEADER = { length: 48, gap: 6, keep: true } as const;

export function wallCapabilityCurveFigure(options: WallCapabilityCurveVersion) {
  return defineFigure<Key>({
    id: 'wall-capability-curve',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The same lead in compute buys less capability near a wall',
    caption: `Capability against effective compute (tenfold steps from the 2025 frontier). Dotted: log-linear, one point per tenfold step. Solid: the 2025 curve with saturation σ; dashed: the 2035 curve, raised by ceiling-lifting progress λ. Dots: the frontier and open models, ℓₒ months of growth apart, in 2025 and 2035; bars: the gap between them. Assumes frontier compute grows ${formatNumber(WALL_DEFAULTS.g_c)}×/yr (Epoch AI 2024) and efficiency gₐ, shared by both sides. The frame is the same for every setting.`,
    params: {
      saturation,
      ceiling_rise: ceilingRise,
      g_a: algorithmicGrowth,
      open_lag: options.firstVersionParams ? firstVersionParams.openLag : openLag,
    },
    constants: [
      {
        label: 'Frontier compute growth',
        value: WALL_DEFAULTS.g_c,
        unit: '×/yr',
        source: 'Parameter registry, frontier_compute_growth (Epoch AI 2024: 4–5× a year)',
      },
      {
        label: 'Capability zero below the 2025 frontier',
        value: WALL_REFERENCE_OOM,
        unit: 'orders of magnitude of effective compute',
        source: 'Modelling choice: one point is tenfold effective compute where the curve is still log-linear',
      },
    ],
    datasets: [],
    columns: [
      {
        name: 'compute_oom',
        label: 'Effective compute',
        unit: 'log10 × the 2025 frontier',
        description: 'Orders of magnitude of effective compute relative to the 2025 frontier.',
        digits: 3,
      },
      {
        name: 'log_linear',
        label: 'Log-linear',
        unit: 'points',
        description: 'Capability with no wall.',
        digits: 4,
      },
      {
        name: 'capability_2025',
        label: 'Capability, 2025 curve',
        unit: 'points',
        description: 'Capability under the 2025 ceiling.',
        digits: 4,
      },
      {
        name: 'capability_2035',
        label: 'Capability, 2035 curve',
        unit: 'points',
        description: 'Capability under the 2035 ceiling.',
        digits: 4,
      },
    ],
    values: {
      slopeShareStart: {
        label: 'Capability a tenfold step buys at the 2025 frontier, as a share of the log-linear point',
        compute: (p) => slopeShare(raceFrom(p), 0, 0),
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      slopeShareLater: {
        label: `Capability a tenfold step buys at the ${LATER_YEAR} frontier, as a share of the log-linear point`,
        compute: (p) => {
          const later = positions(p).find((d) => d.year === LATER_YEAR && d.side === 0)!;
          return slopeShare(raceFrom(p), later.x, LATER_YEAR - START_YEAR);
        },
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      gapStart: {
        label: 'Gap in 2025',
        compute: (p) => gapIn(p, START_YEAR),
        format: points,
      },
      gapLater: {
        label: `Gap in ${LATER_YEAR}`,
        compute: (p) => gapIn(p, LATER_YEAR),
        format: points,
      },
      computeGapOom: {
        label: 'Open models’ deficit in effective compute',
        compute: (p) => -followerStartOom(raceFrom(p)),
        format: ordersOfMagnitude,
      },
    },
    cases: {
      bend: {
        label: `How the same compute lead's worth moves from 2025 to ${LATER_YEAR}`,
        options: ['none', 'flattens', 'nearly', 'steepens'],
        compute: bendCase,
      },
    },
    titleFails: (p) =>
      wallTitleFails(
        p.saturation,
        { start: gapIn(p, START_YEAR), later: gapIn(p, LATER_YEAR) },
        { start: START_YEAR, later: LATER_YEAR },
        bendCase(p),
      ),
    table(p) {
      const r = raceFrom(p);
      const rows: TableRow[] = [];
      for (let i = 0; i <= (X_MAX - X_MIN) * 10; i++) {
        const x = X_MIN + i / 10;
        rows.push({
          compute_oom: x,
          log_linear: x + WALL_REFERENCE_OOM,
          capability_2025: capAt(r, x, 0),
          capability_2035: capAt(r, x, LATER_YEAR - START_YEAR),
        });
      }
      return rows;
    },
    plot(p, rows) {
      const dots = positions(p);
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
      if (options.labelsOffLines)
        labels
          .avoid(rows, 'compute_oom', 'log_linear', CEILING_COLOR)
          .avoid(rows, 'compute_oom', 'capability_2025', theme.ink)
          .avoid(rows, 'compute_oom', 'capability_2035', theme.ink);
      // The key in the empty top left, where no curve reaches at any setting: a gap's size beside its bar ran
      // out of the frame once the 2035 frontier moved right, and a label at the top right met the 2035 dot.
      const key = [
        ...pairs.map((d) => ({
          text: `gap in ${formatYear(d.year)}: ${formatNumber(d.y2 - d.y1, 2)} points`,
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
        marginLeft: 44,
        marginRight: 16,
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
          Plot.dot(dots, {
            x: 'x',
            y: 'c',
            r: 4.5,
            fill: (d: { side: number }) => (d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR),
            stroke: theme.background,
          }),
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
            dots.filter((d) => d.side === 1 && d.year === START_YEAR),
            labels.place(
              {
                x: 'x',
                y: 'c',
                text: () => 'Open',
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
    },
    alt(p, rows) {
      const r = raceFrom(p);
      const wall = Number.isFinite(ceilingAt(r, 0))
        ? `saturating towards a ceiling of ${formatNumber(ceilingAt(r, 0), 3)} points in 2025, rising ${formatNumber(p.ceiling_rise)} points a year`
        : 'log-linear (no wall)';
      return `Line chart of capability against effective compute from ${-X_MIN} tenfold steps below to ${X_MAX} above the 2025 frontier, ${wall}, over ${rows.length} points. Open models sit ${formatNumber(-followerStartOom(r), 2)} orders of magnitude behind the frontier: a gap of ${formatNumber(gapIn(p, START_YEAR), 2)} points in 2025 and ${formatNumber(gapIn(p, LATER_YEAR), 2)} in ${LATER_YEAR}.`;
    },
  });
}
