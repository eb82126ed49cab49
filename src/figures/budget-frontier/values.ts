/**
 * The numbers the incentives essay quotes from budget-frontier (<FigureValue>),
 * each computed from the figure's parameters and table.
 */
import { BUDGET_TIERS } from '../../model/cost-incentives.ts';
import { outcomeInterval } from '../../model/growth-uncertainty.ts';
import { flipPoint } from '../../model/inverse.ts';
import { formatNumber, formatUsd, formatYear } from '../format.ts';
import type { FigureValue } from '../spec.ts';
import { BY_YEAR, anchorOf, frontierBill, lagMonths, nearestYear, reachYear, type Key } from './anchor.ts';

/** v1: a reach year as prose, floored; never reached when the cost of a capability does not fall (gₕ·gₐ = 1). */
const reachFormatV1 = (y: number) => (Number.isFinite(y) ? String(Math.floor(y)) : 'out of reach');
/** v2: a year, to the nearest (2026.93 is 2027); the prose shows it only where it is finite (its cases). */
const yearV2 = (y: number) => (Number.isFinite(y) ? formatYear(nearestYear(y)) : NOT_FINITE);
/**
 * What a v2 formatter gives for a value that is not finite. The essay never shows it (its cases show such a
 * value only where it is finite); it exists so that no formatter can print ∞ or NaN.
 */
const NOT_FINITE = 'out of range';

/**
 * The values of a version: v2 (`records`) rounds years to the nearest instead of flooring them, returns
 * values only (no "out of reach": the essay's cases say when a year is not reached), and adds the anchor
 * year's trend level and record runs.
 */
export function budgetFrontierValues(records: boolean): Record<string, FigureValue<Key>> {
  const reachFormat = records ? yearV2 : reachFormatV1;
  const floorYear = records ? yearV2 : (y: number) => String(Math.floor(y));
  const values = { ...commonValues(reachFormat, floorYear) };
  if (!records) return values;
  return {
    ...values,
    budgetYear: { ...values.budgetYear!, format: yearV2 },
    budgetYearLow: {
      ...values.budgetYearLow!,
      format: (y: number) => (Number.isFinite(y) ? formatYear(Math.floor(y)) : NOT_FINITE),
    },
    budgetYearHigh: {
      ...values.budgetYearHigh!,
      format: (y: number) => (Number.isFinite(y) ? formatYear(Math.ceil(y)) : NOT_FINITE),
    },
    neededAlgorithmicGrowth: {
      ...values.neededAlgorithmicGrowth!,
      format: (g: number) => (Number.isFinite(g) ? `${formatNumber(g, 2)}×` : NOT_FINITE),
    },
    // The latest frontier reached by the target year: floored on purpose, since rounding up would claim a
    // frontier the budget does not reach.
    neededCapabilityYear: {
      ...values.neededCapabilityYear!,
      format: (y: number) => (Number.isFinite(y) ? formatYear(Math.floor(y)) : NOT_FINITE),
    },
    trendCost: {
      label: 'The fitted trend’s level in the anchor year',
      compute: (_p, rows) => anchorOf(rows).trendCostUsd,
      format: formatUsd,
    },
    recordCost: {
      label: 'The anchor year’s most expensive run',
      compute: (_p, rows) => anchorOf(rows).recordCostUsd,
      format: formatUsd,
    },
    runnerUpOverTrend: {
      label: 'The anchor year’s second most expensive run over the fitted trend’s level that year',
      compute: (_p, rows) => anchorOf(rows).runnerUpCostUsd / anchorOf(rows).trendCostUsd,
      format: (x) => `${formatNumber(x, 2)}×`,
    },
    runnerUpCost: {
      label: 'The anchor year’s second most expensive run',
      compute: (_p, rows) => anchorOf(rows).runnerUpCostUsd,
      format: formatUsd,
    },
  };
}

function commonValues(
  reachFormat: (y: number) => string,
  floorYear: (y: number) => string,
): Record<string, FigureValue<Key>> {
  return {
    costGrowth: {
      label: 'Frontier cost growth',
      compute: (p) => p.training_cost_growth,
      format: (g) => `${formatNumber(g, 2)}×`,
    },
    hardwareGrowth: {
      label: 'Hardware growth',
      compute: (p) => p.g_h,
      format: (g) => `${formatNumber(g, 2)}×`,
    },
    algorithmicGrowth: {
      label: 'Algorithmic growth',
      compute: (p) => p.g_a,
      format: (g) => `${formatNumber(g, 2)}×`,
    },
    capabilityCostFall: {
      label: 'Yearly fall in the cost of a fixed capability',
      compute: (p) => p.g_h * p.g_a,
      format: (g) => `${formatNumber(g, 2)}×`,
    },
    byYear: { label: 'Target year', compute: () => BY_YEAR, format: (y) => String(y) },
    budget: { label: 'Open lab’s budget', compute: (p) => p.budget, format: formatUsd },
    anchorCost: {
      label: 'Frontier bill, anchor year',
      compute: (_p, rows) => anchorOf(rows).costUsd,
      format: formatUsd,
    },
    anchorYear: {
      label: 'Anchor year of the frontier bill',
      compute: (_p, rows) => anchorOf(rows).year,
      format: (y) => String(Math.floor(y)),
    },
    fittedGrowth: {
      label: 'Fitted growth of record runs',
      compute: (_p, rows) => anchorOf(rows).fittedGrowth,
      format: (g) => `${formatNumber(g, 2)}×`,
    },
    bill2030: {
      label: 'Frontier bill in 2030',
      compute: (p, rows) => frontierBill(anchorOf(rows), p, 2030),
      format: formatUsd,
    },
    hyperscalerPassed: {
      label: 'Frontier bill passes $10B',
      compute: (p, rows) => {
        const a = anchorOf(rows);
        return a.year + Math.log(BUDGET_TIERS[2].budget / a.costUsd) / Math.log(p.training_cost_growth);
      },
      format: floorYear,
    },
    budgetYear: {
      label: 'Budget reaches the capability',
      compute: (p, rows) => reachYear(anchorOf(rows), p, p.budget, p.capability_year),
      format: (y) => (Number.isFinite(y) ? formatYear(Math.round(y * 10) / 10) : 'out of reach'),
    },
    budgetYearLow: {
      label: 'Same, 5th percentile',
      compute: (p, rows) =>
        outcomeInterval((g) => reachYear(anchorOf(rows), g, p.budget, p.capability_year), {
          draws: 400,
          seed: 2405,
        })[0],
      format: (y) => String(Math.floor(y)),
    },
    budgetYearHigh: {
      label: 'Same, 95th percentile',
      compute: (p, rows) =>
        outcomeInterval((g) => reachYear(anchorOf(rows), g, p.budget, p.capability_year), {
          draws: 400,
          seed: 2405,
        })[2],
      format: (y) => String(Math.ceil(y)),
    },
    academicYear: {
      label: 'Academic lab reaches it',
      compute: (p, rows) => reachYear(anchorOf(rows), p, BUDGET_TIERS[0].budget, p.capability_year),
      format: reachFormat,
    },
    startupYear: {
      label: 'Start-up reaches it',
      compute: (p, rows) => reachYear(anchorOf(rows), p, BUDGET_TIERS[1].budget, p.capability_year),
      format: reachFormat,
    },
    lag2030: {
      label: 'Budget’s lag in 2030 (months)',
      compute: (p, rows) => Math.max(0, lagMonths(anchorOf(rows), p, p.budget, 2030)),
      format: (m) => formatNumber(m, 2),
    },
    lagNow: {
      label: 'Budget’s lag, anchor year (months)',
      compute: (p, rows) => Math.max(0, lagMonths(anchorOf(rows), p, p.budget, anchorOf(rows).year)),
      format: (m) => formatNumber(m, 2),
    },
    neededAlgorithmicGrowth: {
      label: `Algorithmic growth the budget needs to reach the capability by ${BY_YEAR}`,
      compute: (p, rows) => {
        const late = (ga: number) =>
          reachYear(anchorOf(rows), { ...p, g_a: ga }, p.budget, p.capability_year) - BY_YEAR;
        if (late(1) <= 0) return 1; // in reach even without algorithmic progress
        return flipPoint(late, 1, 100) ?? Infinity;
      },
      format: (g) => (g === Infinity ? 'more than 100×' : `${formatNumber(g, 2)}×`),
    },
    neededBudget: {
      label: `Budget that reaches the capability by ${BY_YEAR}`,
      compute: (p, rows) => {
        const years = BY_YEAR - p.capability_year;
        return frontierBill(anchorOf(rows), p, p.capability_year) / (p.g_h * p.g_a) ** Math.max(0, years);
      },
      format: formatUsd,
    },
    neededCapabilityYear: {
      label: `Latest frontier the budget reaches by ${BY_YEAR}`,
      compute: (p, rows) => flipPoint((y) => reachYear(anchorOf(rows), p, p.budget, y) - BY_YEAR, 2000, BY_YEAR) ?? NaN,
      format: (y) => (Number.isFinite(y) ? String(Math.floor(y)) : 'none'),
    },
  };
}
