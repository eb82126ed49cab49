/**
 * open-bets from v2: bets on a moving target and on a fixed one (issue 20.6), on the one frontier bill
 * budget-frontier draws (issue 20.5: its growth is the training-cost growth, Cottier et al. 2024's 2.4×,
 * not frontier compute over hardware). A bet on the frontier of ℓ years before gets dearer with the
 * leaders' bill; a bet on the frontier of a fixed year gets cheaper every year (src/model/bet-targets.ts).
 * Each is drawn with hardware improving at the chosen rate (solid) and flat (dashed).
 */
import {
  firstFixedBetYear,
  fixedBetCost,
  lastMovingBetYear,
  movingBetCost,
  type BetWorld,
} from '../../model/bet-targets.ts';
import { RECORD_RUN_READS, frontierAnchor, nearestYear } from '../budget-frontier/anchor.ts';
import {
  ALGORITHMIC_GROWTH,
  ANCHOR_ON_RECORD,
  ANCHOR_ON_RECORD_CHOICE,
  CAPABILITY_YEAR,
  HARDWARE_GROWTH,
  OPEN_BUDGET,
  TRAINING_COST_GROWTH,
} from '../compute-cost-params.ts';
import { formatNumber, formatUsd, formatYear, quantity } from '../format.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';
import { LAG_YEARS } from './lag.ts';
import { betTargetsPlot, FIRST_YEAR, LAST_YEAR } from './targets-plot.ts';
import { betsTitleFails } from './title-fails.ts';

export type TargetsKey =
  'training_cost_growth' | 'g_h' | 'g_a' | 'budget' | 'lag_years' | 'capability_year' | 'anchor_on_record';

const world = (p: Params<TargetsKey>, rows: readonly TableRow[], hardwareGrowth = p.g_h): BetWorld => ({
  year0: rows[0]!.anchor_year!,
  frontierCostUsd: rows[0]!.anchor_cost_usd!,
  billGrowth: p.training_cost_growth,
  hardwareGrowth,
  algorithmicGrowth: p.g_a,
});

/**
 * What a formatter gives for a value that is not finite. The essay never shows it (its cases show such a
 * value only where it is finite); it exists so that no formatter can print ∞ or NaN.
 */
const NOT_FINITE = 'out of range';
const finite = (format: (x: number) => string) => (x: number) => (Number.isFinite(x) ? format(x) : NOT_FINITE);

/** Months between two years, or 0 when both are beyond reach. */
const monthsBetween = (later: number, earlier: number) => (later === earlier ? 0 : Math.max(0, 12 * (later - earlier)));

/** A number of months, rounded: "1 month", "9 months". */
const monthsText = finite((m: number) => `${Math.round(m)} ${Math.round(m) === 1 ? 'month' : 'months'}`);

/** Months of moving-target bets flat hardware costs; a last year before the anchor year means none to lose. */
function movingMonthsLost(p: Params<TargetsKey>, rows: readonly TableRow[]): number {
  const year0 = rows[0]!.anchor_year!;
  const last = Math.max(year0, lastMovingBetYear(p.budget, p.lag_years, world(p, rows)));
  const flat = Math.max(year0, lastMovingBetYear(p.budget, p.lag_years, world(p, rows, 1)));
  return monthsBetween(last, flat);
}

/** Months later the first fixed-target bet comes with hardware flat. */
function fixedMonthsLate(p: Params<TargetsKey>, rows: readonly TableRow[]): number {
  return monthsBetween(
    firstFixedBetYear(p.budget, p.capability_year, world(p, rows, 1)),
    firstFixedBetYear(p.budget, p.capability_year, world(p, rows)),
  );
}

export interface OpenBetsTargetsVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** v3 on: the labels keep off the four lines (LabelLayout), and "one bet a year" slides along its rule. */
  readonly labelsOffLines?: boolean;
  /** v4 on: "one bet a year" slides along its rule to a clear place, so it always names that rule (targets-plot.ts). */
  readonly ruleNameSlides?: boolean;
  /**
   * v5 on: a target both of whose lines lie off the axis is said so, in muted ink ("▼ Moving target: under 0.001
   * bets a year"), not named in its colour over nothing (targets-plot.ts).
   */
  readonly offAxisSaid?: boolean;
  /**
   * v6 on: each target named beside its own line, not in a corner (targets-plot.ts), and where the bill starts an
   * on/off control naming its two values (ANCHOR_ON_RECORD_CHOICE), not a 0–1 slider.
   */
  readonly namesByLines?: boolean;
  readonly anchorChoice?: boolean;
  /**
   * v7 on: a target's name is tried by points along its lines in turn (targets-plot.ts, alongPoints), where on a
   * phone v6's, with no room by the middle of its line, stood up to 118 px off.
   */
  readonly namesAlongLines?: boolean;
  /** v3 on: how far behind a bet aims, with its 5 to 22 months cited to the Epoch AI note that publishes it. */
  readonly lagYears?: ParamDefinition;
}

export function openBetsTargetsFigure(options: OpenBetsTargetsVersion) {
  const params: Record<TargetsKey, ParamDefinition> = {
    training_cost_growth: TRAINING_COST_GROWTH,
    g_h: HARDWARE_GROWTH,
    g_a: ALGORITHMIC_GROWTH,
    budget: OPEN_BUDGET,
    lag_years: options.lagYears ?? LAG_YEARS,
    capability_year: CAPABILITY_YEAR,
    anchor_on_record: options.anchorChoice ? ANCHOR_ON_RECORD_CHOICE : ANCHOR_ON_RECORD,
  };
  return defineFigure<TargetsKey>({
    id: 'open-bets',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Bets on a moving target run out; bets on a fixed one get cheaper',
    caption:
      'Training runs a year an open budget pays for. Falling lines: each run matches the frontier of a few years earlier, so its price grows with the leaders’ bill. Rising lines: each run matches the frontier of a fixed year, whose price falls as hardware and algorithms improve. Solid: hardware improving at the chosen rate; dashed: hardware flat, with the leaders’ spending still growing at the same rate. The bill starts from 2025 in training-costs v1, as in the figure of budget tiers. Below the line at one, the lab cannot place a single bet.',
    params,
    constants: [{ label: 'Hardware growth of the dashed lines', value: 1, unit: '×/yr', source: 'Open & Closed' }],
    datasets: [{ name: 'training-costs', version: 1 }],
    reads: { 'training-costs': RECORD_RUN_READS },
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Year.', digits: 6 },
      ...(
        [
          [
            'moving',
            'Bets a year, moving target',
            'matching the frontier of ℓ years before, hardware at the chosen rate',
          ],
          ['moving_flat', 'Same, hardware flat', 'matching the frontier of ℓ years before, hardware flat'],
          ['fixed', 'Bets a year, fixed target', 'matching the chosen year’s frontier, hardware at the chosen rate'],
          ['fixed_flat', 'Same, hardware flat', 'matching the chosen year’s frontier, hardware flat'],
        ] as const
      ).map(([name, label, what]) => ({
        name,
        label,
        unit: 'runs',
        description: `Runs the budget pays for, each ${what} (0 before the chosen year for a fixed target).`,
        digits: 3,
      })),
      {
        name: 'anchor_year',
        label: 'Anchor year',
        unit: 'calendar year',
        description: 'Year the bill starts.',
        digits: 6,
      },
      {
        name: 'anchor_cost_usd',
        label: 'Anchor bill',
        unit: 'US$',
        description: 'The frontier bill in the anchor year: 2025’s most expensive run, or the fitted trend’s level.',
        digits: 3,
      },
    ],
    values: {
      lagYears: {
        label: 'Years behind the frontier a bet aims',
        compute: (p) => p.lag_years,
        format: (y) => quantity(y, 'years'),
      },
      billGrowth: {
        label: 'Growth of the frontier bill',
        compute: (p) => p.training_cost_growth,
        format: (g) => `${formatNumber(g, 2)}×`,
      },
      betsNow: {
        label: 'Moving-target bets the budget pays for in the anchor year',
        compute: (p, rows) => p.budget / movingBetCost(rows[0]!.anchor_year!, p.lag_years, world(p, rows)),
        format: finite((n) => formatNumber(n, 2)),
      },
      lastYear: {
        label: 'Last year the budget pays for one moving-target bet',
        compute: (p, rows) => lastMovingBetYear(p.budget, p.lag_years, world(p, rows)),
        format: finite((y) => formatYear(nearestYear(y))),
      },
      monthsLost: {
        label: 'Months of moving-target bets lost when hardware is flat',
        compute: movingMonthsLost,
        format: monthsText,
      },
      targetYear: {
        label: 'The fixed target: the frontier of',
        compute: (p) => p.capability_year,
        format: finite((y) => formatYear(nearestYear(y))),
      },
      firstFixedYear: {
        label: 'First year the budget pays for one fixed-target bet',
        compute: (p, rows) => firstFixedBetYear(p.budget, p.capability_year, world(p, rows)),
        format: finite((y) => formatYear(nearestYear(y))),
      },
      fixedMonthsLate: {
        label: 'Months later the first fixed-target bet comes when hardware is flat',
        compute: fixedMonthsLate,
        format: monthsText,
      },
      fixedBets2030: {
        label: 'Fixed-target bets a year in 2030',
        compute: (p, rows) =>
          p.capability_year > 2030 ? 0 : p.budget / fixedBetCost(2030, p.capability_year, world(p, rows)),
        format: finite((n) => formatNumber(n, 2)),
      },
      hardwareDoubling: {
        label: 'Doubling time of hardware price-performance (the slider)',
        compute: (p) => Math.log(2) / Math.log(p.g_h),
        format: finite((t) => quantity(t, 'years')),
      },
    },
    cases: {
      moving: {
        label: 'Whether the budget’s moving-target bets run out in the figure’s years',
        options: ['runsOut', 'never', 'none'],
        compute: (p, rows) => {
          const last = lastMovingBetYear(p.budget, p.lag_years, world(p, rows));
          return last < rows[0]!.anchor_year! ? 'none' : Number.isFinite(last) ? 'runsOut' : 'never';
        },
      },
      // 'later': the first bet comes after 2030, so "by 2030 it pays for 0.037 of them a year" would count a
      // fraction of a run (issue 19); the essay then says when the first one comes instead.
      fixed: {
        label: 'Whether the budget pays for a bet on the fixed target by 2030, later, or never',
        options: ['reached', 'later', 'never'],
        compute: (p, rows) => {
          const first = firstFixedBetYear(p.budget, p.capability_year, world(p, rows));
          return !Number.isFinite(first) ? 'never' : first > 2030 ? 'later' : 'reached';
        },
      },
      aim: {
        label: 'Whether a moving-target bet aims behind the frontier or at it',
        options: ['behind', 'atFrontier'],
        compute: (p) => (p.lag_years > 0 ? 'behind' : 'atFrontier'),
      },
      hardware: {
        label: 'Whether hardware price-performance improves at these settings',
        options: ['improves', 'flat'],
        compute: (p) => (p.g_h > 1 ? 'improves' : 'flat'),
      },
      flatHardware: {
        label: 'What flat hardware changes at these settings',
        options: ['same', 'both', 'movingOnly', 'fixedOnly', 'neither', 'fixedNever'],
        compute: (p, rows) => {
          if (p.g_h <= 1) return 'same';
          if (!Number.isFinite(firstFixedBetYear(p.budget, p.capability_year, world(p, rows, 1)))) return 'fixedNever';
          const lost = Math.round(movingMonthsLost(p, rows)) > 0;
          const late = Math.round(fixedMonthsLate(p, rows)) > 0;
          return lost && late ? 'both' : lost ? 'movingOnly' : late ? 'fixedOnly' : 'neither';
        },
      },
    },
    titleFails: (p, rows) =>
      betsTitleFails({
        budget: p.budget,
        capabilityYear: p.capability_year,
        anchorYear: rows[0]!.anchor_year!,
        lastMovingYear: lastMovingBetYear(p.budget, p.lag_years, world(p, rows)),
        capabilityCostFall: p.g_h * p.g_a,
      }),
    table(p: Params<TargetsKey>, data: FigureData) {
      const anchor = frontierAnchor(data, p.anchor_on_record >= 0.5);
      const w = {
        year0: anchor.year,
        frontierCostUsd: anchor.costUsd,
        billGrowth: p.training_cost_growth,
        algorithmicGrowth: p.g_a,
      };
      const fixed = (year: number, hardwareGrowth: number) =>
        year < p.capability_year ? 0 : p.budget / fixedBetCost(year, p.capability_year, { ...w, hardwareGrowth });
      const rows: TableRow[] = [];
      for (let year = FIRST_YEAR; year <= LAST_YEAR + 1e-9; year += 0.25)
        rows.push({
          year,
          moving: p.budget / movingBetCost(year, p.lag_years, { ...w, hardwareGrowth: p.g_h }),
          moving_flat: p.budget / movingBetCost(year, p.lag_years, { ...w, hardwareGrowth: 1 }),
          fixed: fixed(year, p.g_h),
          fixed_flat: fixed(year, 1),
          anchor_year: anchor.year,
          anchor_cost_usd: anchor.costUsd,
        });
      return rows;
    },
    plot(p, rows, _band, frame) {
      return betTargetsPlot(
        p,
        rows,
        Boolean(options.labelsOffLines),
        Boolean(options.ruleNameSlides),
        Boolean(options.offAxisSaid),
        Boolean(options.namesByLines),
        frame?.width,
        Boolean(options.namesAlongLines),
      );
    },
    alt(p, rows) {
      const w = world(p, rows);
      const last = lastMovingBetYear(p.budget, p.lag_years, w);
      const first = firstFixedBetYear(p.budget, p.capability_year, w);
      const moving = Number.isFinite(last)
        ? `its last bet on the frontier of ${quantity(p.lag_years, 'years')} before comes in ${formatYear(nearestYear(last))}`
        : last > 0
          ? `its bets on the frontier of ${quantity(p.lag_years, 'years')} before never run out, because the bill does not grow`
          : `it cannot afford a bet on the frontier of ${quantity(p.lag_years, 'years')} before`;
      const fixed = Number.isFinite(first)
        ? `its first bet on the ${formatYear(nearestYear(p.capability_year))} frontier in ${formatYear(nearestYear(first))}`
        : `no bet on the ${formatYear(nearestYear(p.capability_year))} frontier, whose cost does not fall`;
      return `Log-scale line chart of how many training runs a year ${formatUsd(p.budget)} pays for, ${FIRST_YEAR}–${LAST_YEAR}, with the frontier bill growing ${formatNumber(p.training_cost_growth, 3)}× a year and hardware ${formatNumber(p.g_h, 3)}× a year (dashed: flat): ${moving}, and it places ${fixed}.`;
    },
  });
}
