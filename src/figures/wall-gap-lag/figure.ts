/**
 * wall-gap-lag: the frontier's and the open models' capability over time on a
 * saturating wall, with two measures of "how far behind" drawn side by side:
 * the gap (vertical, capability points) and the lag (horizontal, months until
 * open models reach the frontier's present level). On a fixed wall the gap
 * closes while the lag stays put (src/model/wall-race.ts).
 */
import { gapClosingYears } from '../../model/wall-race.ts';
import { WALL_REFERENCE_OOM } from '../../model/wall-race.ts';
import { formatNumber, formatYear, quantity } from '../format.ts';
import { defineFigure, type Params, type PlotFrame, type TableRow } from '../spec.ts';
import { months, points } from '../wall-shared/units.ts';
import type { Band } from '../band/band.ts';
import band, { type GapLagKey } from './band.ts';
import { plotWallGapLag, rowAt } from './plot.ts';
import {
  algorithmicGrowth,
  ceilingRise,
  computeGrowth,
  firstVersionParams,
  openLag,
  saturation,
} from '../wall-shared/params.ts';
import {
  CLOSED_SHARE,
  HORIZON_YEARS,
  LAG_CAP_MONTHS,
  START_YEAR,
  capLag,
  raceFrom,
  raceStates,
} from '../wall-shared/race.ts';

const END_YEAR = START_YEAR + HORIZON_YEARS;
/** The year the essay asks about: "does the gap close by then?" */
export const TARGET_YEAR = 2035;

/** The year the gap falls to CLOSED_SHARE of its start, from the figure's own rows. */
function closingYear(rows: readonly TableRow[]): number {
  const states = rows.map((r) => ({ years: r.year! - START_YEAR, gap: r.gap! }));
  return START_YEAR + gapClosingYears(states, CLOSED_SHARE);
}

/** "Nearly the same": within this share of the 2025 value. */
const NEARLY = 0.05;
/** 'shrinks', 'steady' or 'grows': how a measure moves from 2025 to the target year. */
const movement = (start: number, later: number) =>
  later < start * (1 - NEARLY) ? 'shrinks' : later > start * (1 + NEARLY) ? 'grows' : 'steady';

/**
 * Top of the capability axis: the log-linear frontier (σ = 0) in 2045, which no setting of saturation or the
 * ceiling's rise exceeds, rounded up to 5 points. It moves only with the growth rates, which stretch the whole
 * race; saturation and the ceiling's rise then show as the lines bending under a fixed frame.
 */
export function capabilityTop(p: Params<GapLagKey>): number {
  const r = raceFrom(p);
  return Math.ceil((WALL_REFERENCE_OOM + HORIZON_YEARS * Math.log10(r.computeGrowth * r.algorithmicGrowth)) / 5) * 5;
}

/** v5's description: every quantity through quantity() (units.ts), so a value of one is singular. */
function altV5(p: Params<GapLagKey>, rows: readonly TableRow[]): string {
  const first = rows[0]!;
  const target = rowAt(rows, TARGET_YEAR);
  const close = closingYear(rows);
  return `Line chart of frontier and open capability from ${START_YEAR} to ${END_YEAR}, with saturation σ = ${formatNumber(p.saturation)}, the ceiling rising ${quantity(p.ceiling_rise, 'points')} a year, algorithmic growth ${formatNumber(p.g_a)}×/yr, compute growth ${formatNumber(p.g_c)}×/yr and open models ${months(p.open_lag)} behind. The gap goes from ${points(first.gap!)} in ${START_YEAR} to ${points(target.gap!)} in ${TARGET_YEAR}; the lag goes from ${months(first.lag_months!)} to ${months(target.lag_months!)}. The gap falls to a quarter of its ${START_YEAR} size ${Number.isFinite(close) ? `in ${formatYear(Math.floor(close))}` : `not before ${formatYear(END_YEAR)}`}.`;
}

export interface WallGapLagVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Version 1's sliders (typed-in compute growth and open lag), so its frozen page lists what it was published with. */
  readonly firstVersionParams?: boolean;
  /** v4 on: the gap and lag labels keep off the two lines (LabelLayout.avoid), where on a phone they sat on them. */
  readonly labelsOffLines?: boolean;
  /** v5 on: the description's quantities through quantity() (units.ts): "1 month", "1 point", where v4 said "1 months". */
  readonly quantities?: boolean;
}

export function wallGapLagFigure(options: WallGapLagVersion) {
  return defineFigure<GapLagKey>({
    id: 'wall-gap-lag',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The gap and the lag are different measures, and they can move apart',
    titleHolds: 'It says the two measures can move apart, which the figure shows across its settings.',
    caption:
      'Capability of the frontier and of open models, 2025–2045. Vertical bars: the gap in capability points. Arrows: the lag, the months open models take to reach the frontier’s level of that moment. Assumes both sides share the growth of frontier compute and of algorithmic efficiency gₐ, open models start ℓₒ months behind, capability saturates with σ under a ceiling that rises λ points a year, and no glut. Shaded: 5–95% of draws of the two growth rates and ℓₒ from the parameter registry. The vertical scale is set by the growth rates alone (it reaches the log-linear frontier of 2045), so saturation and the ceiling’s rise show as the lines bending, not as the axis moving.',
    params: {
      saturation,
      ceiling_rise: ceilingRise,
      g_a: algorithmicGrowth,
      g_c: options.firstVersionParams ? firstVersionParams.computeGrowth : computeGrowth,
      open_lag: options.firstVersionParams ? firstVersionParams.openLag : openLag,
    },
    constants: [
      { label: 'Start year', value: START_YEAR, unit: 'year', source: 'Chosen: the latest full year of data' },
      {
        label: 'Capability zero below the 2025 frontier',
        value: WALL_REFERENCE_OOM,
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
        label: 'Gap in 2025',
        compute: (_p, rows) => rows[0]!.gap!,
        format: points,
      },
      gapTarget: {
        label: `Gap in ${TARGET_YEAR}`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).gap!,
        format: points,
      },
      gapShareTarget: {
        label: `Gap in ${TARGET_YEAR} as a share of the 2025 gap`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).gap! / rows[0]!.gap!,
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      lagStart: {
        label: 'Lag in 2025',
        compute: (_p, rows) => rows[0]!.lag_months!,
        format: months,
      },
      lagTarget: {
        label: `Lag in ${TARGET_YEAR}`,
        compute: (_p, rows) => rowAt(rows, TARGET_YEAR).lag_months!,
        format: months,
      },
      closingYear: {
        label: `Year the gap falls to ${CLOSED_SHARE * 100}% of its 2025 size (${END_YEAR} when not by then)`,
        compute: (_p, rows) => Math.min(END_YEAR, closingYear(rows)),
        format: (v) => formatYear(Math.floor(v)),
      },
    },
    cases: {
      gapMove: {
        label: `How the gap moves from 2025 to ${TARGET_YEAR}`,
        options: ['shrinks', 'steady', 'grows'],
        compute: (_p, rows) => movement(rows[0]!.gap!, rowAt(rows, TARGET_YEAR).gap!),
      },
      lagMove: {
        label: `How the lag moves from 2025 to ${TARGET_YEAR}`,
        options: ['shrinks', 'steady', 'grows'],
        compute: (_p, rows) => movement(rows[0]!.lag_months!, rowAt(rows, TARGET_YEAR).lag_months!),
      },
      closing: {
        label: `When the gap falls to ${CLOSED_SHARE * 100}% of its 2025 size`,
        options: ['byTarget', 'afterTarget', 'never'],
        compute: (_p, rows) => {
          const year = closingYear(rows);
          return year < TARGET_YEAR + 1 ? 'byTarget' : Number.isFinite(year) ? 'afterTarget' : 'never';
        },
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
    plot: (p, rows, shaded?: Band, frame?: PlotFrame) =>
      plotWallGapLag(rows, capabilityTop(p), { shaded, frame, labelsOffLines: options.labelsOffLines }),
    alt(p, rows) {
      if (options.quantities) return altV5(p, rows);
      const first = rows[0]!;
      const target = rowAt(rows, TARGET_YEAR);
      const close = closingYear(rows);
      return `Line chart of frontier and open capability from ${START_YEAR} to ${END_YEAR}, with saturation σ = ${formatNumber(p.saturation)}, the ceiling rising ${formatNumber(p.ceiling_rise)} points a year, algorithmic growth ${formatNumber(p.g_a)}×/yr, compute growth ${formatNumber(p.g_c)}×/yr and open models ${formatNumber(p.open_lag)} months behind. The gap goes from ${formatNumber(first.gap!, 2)} points in ${START_YEAR} to ${formatNumber(target.gap!, 2)} in ${TARGET_YEAR}; the lag goes from ${formatNumber(first.lag_months!, 2)} to ${formatNumber(target.lag_months!, 2)} months. The gap falls to a quarter of its ${START_YEAR} size ${Number.isFinite(close) ? `in ${formatYear(Math.floor(close))}` : `not before ${formatYear(END_YEAR)}`}.`;
    },
  });
}
