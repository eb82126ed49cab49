/**
 * The frontier bill of budget-frontier and the arithmetic on it: the bill is
 * anchored on a log-linear fit to the record runs in training-costs, then
 * grows at the reader's rate; a budget reaches a capability when hardware and
 * algorithms have cut its cost enough (cost-incentives.ts).
 */
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { budgetLagMonths, yearWithinReach } from '../../model/cost-incentives.ts';
import type { DatasetSlice, FigureData, TableRow } from '../spec.ts';

export type Key = 'training_cost_growth' | 'g_h' | 'g_a' | 'budget' | 'capability_year' | 'anchor_on_record';

/** The first year of record runs the fit reads. */
export const FIRST_YEAR = 2016;
/** The year by which the believe-box asks an open lab to reach a capability. */
export const BY_YEAR = 2030;

export interface CostRow {
  readonly model: string;
  readonly publication_date: string;
  readonly amortized_hardware_energy_usd?: number | null;
}

export interface Anchor {
  /** Year of the anchor: the trend's level is read here. */
  readonly year: number;
  /** The fitted trend's frontier bill in that year, US$. */
  readonly costUsd: number;
  /** The fitted trend's own growth, ×/yr. */
  readonly fittedGrowth: number;
  /** The fitted trend's level in the anchor year, US$ (from v2 the bill may start from the record instead). */
  readonly trendCostUsd: number;
  /** The most expensive run published in the anchor year, US$ (NaN when none). */
  readonly recordCostUsd: number;
  /** The second most expensive run published in the anchor year, US$ (NaN when none). */
  readonly runnerUpCostUsd: number;
}

/** The year the frontier bill is anchored in: the last full year of training-costs v1. */
export const ANCHOR_YEAR = 2025;

/** What frontierAnchor() and the plotted runs read of training-costs: runs with a cost from FIRST_YEAR on. */
export const RECORD_RUN_READS: DatasetSlice = {
  columns: ['publication_date', 'amortized_hardware_energy_usd'],
  rows: (r) => Boolean(r.amortized_hardware_energy_usd) && decimalYear(String(r.publication_date)) >= FIRST_YEAR,
};

/**
 * The frontier bill's anchor: the level in ANCHOR_YEAR of a log-linear fit to
 * the record runs in training-costs (each the most expensive to its date,
 * from FIRST_YEAR on), so the reader's growth rate pivots on the data's level
 * for the most expensive run of the day.
 */
export function frontierAnchor(data: FigureData, onRecord = false): Anchor {
  // Every slider input redraws from the same data: fit it once per dataset (and choice of start).
  const rows = (data['training-costs'] ?? []) as CostRow[];
  let known = anchors.get(rows);
  if (!known) anchors.set(rows, (known = new Map()));
  let anchor = known.get(onRecord);
  if (!anchor) known.set(onRecord, (anchor = fitAnchor(rows, onRecord)));
  return anchor;
}

const anchors = new WeakMap<readonly CostRow[], Map<boolean, Anchor>>();

function fitAnchor(costRows: readonly CostRow[], onRecord: boolean): Anchor {
  const runs = costRows
    .filter((r) => r.amortized_hardware_energy_usd && decimalYear(r.publication_date) >= FIRST_YEAR)
    .map((r) => ({ x: decimalYear(r.publication_date), y: r.amortized_hardware_energy_usd! }))
    .sort((a, b) => a.x - b.x);
  let best = 0;
  const records = runs.filter((r) => (r.y > best ? ((best = r.y), true) : false));
  if (records.length < 2) throw new Error('budget-frontier: training-costs has too few record runs to fit');
  // Least squares of log10(cost) on date (the method of data/estimates/log-linear-trend.ts, inlined to keep the island small).
  const mx = records.reduce((sum, r) => sum + r.x, 0) / records.length;
  const my = records.reduce((sum, r) => sum + Math.log10(r.y), 0) / records.length;
  const slope =
    records.reduce((sum, r) => sum + (r.x - mx) * (Math.log10(r.y) - my), 0) /
    records.reduce((sum, r) => sum + (r.x - mx) ** 2, 0);
  const trend = { intercept: my - slope * mx, slope, annualFactor: 10 ** slope };
  const trendCostUsd = 10 ** (trend.intercept + trend.slope * ANCHOR_YEAR);
  // The year's own runs, dearest first: the fitted level lies below them (issue 20.8), so v2 can start from the record.
  const year = runs
    .filter((r) => Math.floor(r.x) === ANCHOR_YEAR)
    .map((r) => r.y)
    .sort((a, b) => b - a);
  const recordCostUsd = year[0] ?? NaN;
  return {
    year: ANCHOR_YEAR,
    costUsd: onRecord && Number.isFinite(recordCostUsd) ? recordCostUsd : trendCostUsd,
    fittedGrowth: trend.annualFactor,
    trendCostUsd,
    recordCostUsd,
    runnerUpCostUsd: year[1] ?? NaN,
  };
}

export interface Growth {
  readonly training_cost_growth: number;
  readonly g_h: number;
  readonly g_a: number;
}

export const frontierBill = (anchor: Anchor, g: Growth, year: number) =>
  anchor.costUsd * g.training_cost_growth ** (year - anchor.year);

/** The year a budget buys the capability the frontier had in `capabilityYear`. */
export function reachYear(anchor: Anchor, g: Growth, budget: number, capYear: number): number {
  return yearWithinReach(frontierBill(anchor, g, capYear), budget, {
    year0: capYear,
    flopPerDollar: 1,
    hardwareGrowth: g.g_h,
    algorithmicGrowth: g.g_a,
  });
}

/** Months a budget lags the moving frontier in `year`. */
export function lagMonths(anchor: Anchor, g: Growth, budget: number, year: number): number {
  return budgetLagMonths(year - anchor.year, {
    budget,
    budgetGrowth: 1,
    flopPerDollar: 1,
    hardwareGrowth: g.g_h,
    algorithmicGrowth: g.g_a,
    frontierCompute0: anchor.costUsd,
    frontierGrowth: g.training_cost_growth * g.g_h * g.g_a,
  });
}

// The anchor rides along in the table as constant columns, so values and plot can use it.
export const anchorOf = (rows: readonly TableRow[]): Anchor => {
  const first = rows[0]!;
  return {
    year: first.anchor_year!,
    costUsd: first.anchor_cost_usd!,
    fittedGrowth: first.fitted_growth!,
    trendCostUsd: first.trend_cost_usd ?? first.anchor_cost_usd!,
    recordCostUsd: first.record_cost_usd ?? NaN,
    runnerUpCostUsd: first.runner_up_cost_usd ?? NaN,
  };
};

/**
 * A year as a reader says it: the nearest whole year (2026.93 is "2027", not "2026").
 *
 * @example nearestYear(2026.93) // 2027
 */
export const nearestYear = (year: number) => Math.round(year);
