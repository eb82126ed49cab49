/**
 * The numbers the incentives essay quotes from budget-frontier (<FigureValue>),
 * each computed from the figure's parameters and table.
 */
import { BUDGET_TIERS } from '../../model/cost-incentives.ts';
import { outcomeInterval } from '../../model/growth-uncertainty.ts';
import { flipPoint } from '../../model/inverse.ts';
import { formatNumber, formatUsd, formatYear } from '../format.ts';
import type { FigureValue } from '../spec.ts';
import { BY_YEAR, anchorOf, frontierBill, lagMonths, reachYear, type Key } from './anchor.ts';

/** A reach year as prose: never reached when the cost of a capability does not fall (gₕ·gₐ = 1). */
const reachFormat = (y: number) => (Number.isFinite(y) ? String(Math.floor(y)) : 'out of reach');

export const budgetFrontierValues: Record<string, FigureValue<Key>> = {
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
    format: (y) => String(Math.floor(y)),
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
      const late = (ga: number) => reachYear(anchorOf(rows), { ...p, g_a: ga }, p.budget, p.capability_year) - BY_YEAR;
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
