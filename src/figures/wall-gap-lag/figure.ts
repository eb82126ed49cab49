/**
 * wall-gap-lag: the frontier's and the open models' capability over time on a
 * saturating wall, with two measures of "how far behind" drawn side by side:
 * the gap (vertical, capability points) and the lag (horizontal, months until
 * open models reach the frontier's present level). On a fixed wall the gap
 * closes while the lag stays put (src/model/wall-race.ts).
 */
import * as Plot from '@observablehq/plot';
import { gapClosingYears } from '../../model/wall-race.ts';
import { formatNumber } from '../format.ts';
import { defineFigure, type TableRow } from '../spec.ts';
import type { Band } from '../band/band.ts';
import band, { type GapLagKey } from './band.ts';
import {
  CLOSED_SHARE,
  FRONTIER_COLOR,
  HORIZON_YEARS,
  LAG_CAP_MONTHS,
  OPEN_COLOR,
  START_YEAR,
  algorithmicGrowth,
  capLag,
  ceilingRise,
  computeGrowth,
  openLag,
  raceFrom,
  raceStates,
  saturation,
} from '../wall-shared/race.ts';

const END_YEAR = START_YEAR + HORIZON_YEARS;
const MARK_YEARS = [2025, 2030, 2035, 2040];
/** The year the essay asks about: "does the gap close by then?" */
export const TARGET_YEAR = 2035;

const rowAt = (rows: readonly TableRow[], year: number) =>
  rows.find((r) => Math.abs(r.year! - year) < 1e-9) ?? rows[rows.length - 1]!;

/** The year the gap falls to CLOSED_SHARE of its start, from the figure's own rows. */
function closingYear(rows: readonly TableRow[]): number {
  const states = rows.map((r) => ({ years: r.year! - START_YEAR, gap: r.gap! }));
  return START_YEAR + gapClosingYears(states, CLOSED_SHARE);
}

const formatYearOrNever = (year: number) => (Number.isFinite(year) ? String(Math.floor(year)) : `after ${END_YEAR}`);

export interface WallGapLagVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function wallGapLagFigure(options: WallGapLagVersion) {
  return defineFigure<GapLagKey>({
    id: 'wall-gap-lag',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The gap and the lag are different measures, and they can move apart',
    caption:
      'Capability of the frontier and of open models, 2025–2045. Vertical bars: the gap in capability points. Arrows: the lag, the months open models take to reach the frontier’s level of that moment. Assumes both sides share compute growth g_C and algorithmic efficiency gₐ, open models start ℓ months behind, capability saturates with κ under a ceiling that rises ρ points a year, and no glut. Shaded: 5–95% of draws of gₐ, g_C and ℓ from the parameter registry.',
    params: {
      saturation,
      ceiling_rise: ceilingRise,
      g_a: algorithmicGrowth,
      g_c: computeGrowth,
      open_lag: openLag,
    },
    constants: [
      { label: 'Start year', value: START_YEAR, unit: 'year', source: 'Chosen: the latest full year of data' },
      {
        label: 'Capability zero below the 2025 frontier',
        value: 3,
        unit: 'orders of magnitude of effective compute',
        source: 'Modelling choice: one point is tenfold effective compute where the curve is still log-linear',
      },
      {
        label: '“The gap closes”: share of its 2025 size',
        value: CLOSED_SHARE,
        unit: 'fraction',
        source: 'Definition used in the essay',
      },
      {
        label: 'Lag shown at most',
        value: LAG_CAP_MONTHS,
        unit: 'months',
        source: 'Display cap: open models had not caught up within 20 years',
      },
    ],
    datasets: [],
    band,
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year (quarters).', digits: 6 },
      {
        name: 'frontier',
        label: 'Frontier capability',
        unit: 'points',
        description: 'Capability of the leading closed models.',
        digits: 4,
      },
      {
        name: 'open',
        label: 'Open capability',
        unit: 'points',
        description: 'Capability of the best open models.',
        digits: 4,
      },
      { name: 'gap', label: 'Gap', unit: 'points', description: 'Frontier minus open capability.', digits: 3 },
      {
        name: 'lag_months',
        label: 'Lag',
        unit: 'months',
        description: `Months until open models reach the frontier’s capability of that moment (at most ${LAG_CAP_MONTHS}).`,
        digits: 3,
      },
    ],
    values: {
      gapStart: {
        label: 'Gap in 2025, capability points',
        compute: (_p, rows) => rows[0]!.gap!,
        format: (v) => formatNumber(v, 2),
      },
      gapTarget: {
        label: `Gap in ${TARGET_YEAR}, capability points`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).gap!,
        format: (v) => formatNumber(v, 2),
      },
      gapShareTarget: {
        label: `Gap in ${TARGET_YEAR} as a share of the 2025 gap`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).gap! / rows[0]!.gap!,
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      lagStart: {
        label: 'Lag in 2025, months',
        compute: (_p, rows) => rows[0]!.lag_months!,
        format: (v) => formatNumber(v, 2),
      },
      lagTarget: {
        label: `Lag in ${TARGET_YEAR}, months`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).lag_months!,
        format: (v) => formatNumber(v, 2),
      },
      closingYear: {
        label: `Year the gap falls to ${CLOSED_SHARE * 100}% of its 2025 size`,
        compute: (_p, rows) => closingYear(rows),
        format: formatYearOrNever,
      },
    },
    table(p) {
      return raceStates(raceFrom(p)).map((s) => ({
        year: START_YEAR + s.years,
        frontier: s.leader,
        open: s.follower,
        gap: s.gap,
        lag_months: capLag(s.lagMonths),
      }));
    },
    plot(_p, rows, shaded?: Band) {
      const marks = MARK_YEARS.map((year) => rowAt(rows, year));
      const lagText = (d: TableRow) =>
        d.lag_months! >= LAG_CAP_MONTHS ? `>${LAG_CAP_MONTHS} mo` : `${formatNumber(d.lag_months!, 2)} mo`;
      return {
        width: 640,
        height: 400,
        marginLeft: 44,
        marginRight: 64,
        x: { label: null, tickFormat: 'd', domain: [START_YEAR, END_YEAR] },
        y: { label: '↑ Capability (points)', grid: true, nice: true },
        marks: [
          ...(shaded
            ? [Plot.areaY(shaded, { x: 'x', y1: 'low', y2: 'high', fill: OPEN_COLOR, fillOpacity: 0.13 })]
            : []),
          Plot.lineY(rows, { x: 'year', y: 'open', stroke: OPEN_COLOR, strokeWidth: 2.25 }),
          Plot.lineY(rows, { x: 'year', y: 'frontier', stroke: FRONTIER_COLOR, strokeWidth: 2.25 }),
          Plot.ruleX(marks, { x: 'year', y1: 'open', y2: 'frontier', stroke: '#222', strokeWidth: 2 }),
          Plot.text(marks, {
            x: 'year',
            y: (d: TableRow) => (d.open! + d.frontier!) / 2,
            text: (d: TableRow) => `gap ${formatNumber(d.gap!, 2)}`,
            dx: 4,
            textAnchor: 'start',
            fill: '#222',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontSize: 10,
          }),
          Plot.arrow(marks, {
            x1: 'year',
            y1: 'frontier',
            x2: (d: TableRow) => Math.min(END_YEAR, d.year! + d.lag_months! / 12),
            y2: 'frontier',
            stroke: '#7a3aa8',
            strokeWidth: 1.5,
            headLength: 6,
          }),
          Plot.text(marks, {
            x: 'year',
            y: 'frontier',
            text: lagText,
            dy: -9,
            dx: 2,
            textAnchor: 'start',
            fill: '#7a3aa8',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontSize: 10,
          }),
          Plot.text([rows[rows.length - 1]!], {
            x: 'year',
            y: 'frontier',
            text: () => 'Frontier',
            dx: 6,
            dy: -6,
            textAnchor: 'start',
            fill: FRONTIER_COLOR,
            fontWeight: 600,
          }),
          Plot.text([rows[rows.length - 1]!], {
            x: 'year',
            y: 'open',
            text: () => 'Open',
            dx: 6,
            dy: 8,
            textAnchor: 'start',
            fill: OPEN_COLOR,
            fontWeight: 600,
          }),
        ],
      };
    },
    alt(p, rows) {
      const first = rows[0]!;
      const target = rowAt(rows, TARGET_YEAR);
      const close = closingYear(rows);
      return `Line chart of frontier and open capability from ${START_YEAR} to ${END_YEAR}, with saturation κ = ${formatNumber(p.saturation)}, the ceiling rising ${formatNumber(p.ceiling_rise)} points a year, algorithmic growth ${formatNumber(p.g_a)}×/yr, compute growth ${formatNumber(p.g_c)}×/yr and open models ${formatNumber(p.open_lag)} months behind. The gap goes from ${formatNumber(first.gap!, 2)} points in ${START_YEAR} to ${formatNumber(target.gap!, 2)} in ${TARGET_YEAR}; the lag goes from ${formatNumber(first.lag_months!, 2)} to ${formatNumber(target.lag_months!, 2)} months. The gap falls to a quarter of its ${START_YEAR} size ${Number.isFinite(close) ? `in ${Math.floor(close)}` : `not before ${END_YEAR}`}.`;
    },
  });
}
