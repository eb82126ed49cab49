/**
 * budget-frontier: who can afford which capability, and when. The frontier's
 * training bill grows g_$× a year (Cottier et al. 2024), from the most
 * expensive run in training-costs; the cost of reaching any fixed capability
 * falls (g_h·g_a)× a year as hardware and algorithms improve. A fixed budget
 * reaches a given year's frontier capability some years later and falls
 * further behind the moving frontier every year (cost-incentives.ts).
 */
import * as Plot from '@observablehq/plot';
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { BUDGET_TIERS, budgetLagMonths, yearWithinReach } from '../../model/cost-incentives.ts';
import { outcomeInterval } from '../../model/growth-uncertainty.ts';
import { flipPoint } from '../../model/inverse.ts';
import { formatNumber, formatUsd, formatYear } from '../format.ts';
import { ALGORITHMIC_GROWTH, HARDWARE_GROWTH, OPEN_BUDGET, TRAINING_COST_GROWTH } from '../compute-cost-params.ts';
import {
  defineFigure,
  type DatasetSlice,
  type FigureData,
  type ParamDefinition,
  type Params,
  type TableRow,
} from '../spec.ts';

type Key = 'training_cost_growth' | 'g_h' | 'g_a' | 'budget' | 'capability_year';

const FIRST_YEAR = 2016;
const LAST_YEAR = 2040;
/** The year by which the believe-box asks an open lab to reach a capability. */
const BY_YEAR = 2030;
const FRONTIER_COLOR = '#1d5fa6';
const OPEN_COLOR = '#c8641b';

interface CostRow {
  readonly model: string;
  readonly publication_date: string;
  readonly amortized_hardware_energy_usd?: number | null;
}

const capabilityYear: ParamDefinition = {
  label: 'Capability needed: the frontier of',
  symbol: 'Y',
  unit: 'calendar year',
  description: 'The year whose frontier model an application needs to match.',
  default: 2025,
  min: 2020,
  max: 2030,
  step: 0.25,
  scale: 'linear',
  source: 'Open & Closed: 2025 is the last full year of the training-costs data',
};

export interface Anchor {
  /** Year of the anchor: the trend's level is read here. */
  readonly year: number;
  /** The fitted trend's frontier bill in that year, US$. */
  readonly costUsd: number;
  /** The fitted trend's own growth, ×/yr. */
  readonly fittedGrowth: number;
}

/** The year the frontier bill is anchored in: the last full year of training-costs v1. */
export const ANCHOR_YEAR = 2025;

/**
 * The frontier bill's anchor: the level in ANCHOR_YEAR of a log-linear fit to
 * the record runs in training-costs (each the most expensive to its date,
 * from FIRST_YEAR on), so the reader's growth rate pivots on the data's level
 * for the most expensive run of the day.
 */
/** What frontierAnchor() and the observed runs read of training-costs: runs with a cost from FIRST_YEAR on. */
export const RECORD_RUN_READS: DatasetSlice = {
  columns: ['publication_date', 'amortized_hardware_energy_usd'],
  rows: (r) => Boolean(r.amortized_hardware_energy_usd) && decimalYear(String(r.publication_date)) >= FIRST_YEAR,
};

export function frontierAnchor(data: FigureData): Anchor {
  const runs = ((data['training-costs'] ?? []) as CostRow[])
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
  return {
    year: ANCHOR_YEAR,
    costUsd: 10 ** (trend.intercept + trend.slope * ANCHOR_YEAR),
    fittedGrowth: trend.annualFactor,
  };
}

interface Growth {
  readonly training_cost_growth: number;
  readonly g_h: number;
  readonly g_a: number;
}

const frontierBill = (anchor: Anchor, g: Growth, year: number) =>
  anchor.costUsd * g.training_cost_growth ** (year - anchor.year);

/** The year a budget buys the capability the frontier had in `capabilityYear`. */
function reachYear(anchor: Anchor, g: Growth, budget: number, capYear: number): number {
  return yearWithinReach(frontierBill(anchor, g, capYear), budget, {
    year0: capYear,
    flopPerDollar: 1,
    hardwareGrowth: g.g_h,
    algorithmicGrowth: g.g_a,
  });
}

/** Months a budget lags the moving frontier in `year`. */
function lagMonths(anchor: Anchor, g: Growth, budget: number, year: number): number {
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
const anchorOf = (rows: readonly TableRow[]): Anchor => {
  const first = rows[0]!;
  return { year: first.anchor_year!, costUsd: first.anchor_cost_usd!, fittedGrowth: first.fitted_growth! };
};

/** Row series of the table (long format: every cell a finite number). */
const FRONTIER = 0;
const CAPABILITY = 1;
const OBSERVED = 2;
const Y_DOMAIN: [number, number] = [1e3, 1e12];

/** A reach year as prose: never reached when the cost of a capability does not fall (gₕ·gₐ = 1). */
const reachFormat = (y: number) => (Number.isFinite(y) ? String(Math.floor(y)) : 'out of reach');

const TIER_COLORS = ['#7a7a7a', '#7a7a7a', '#7a7a7a'];

export interface BudgetFrontierVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function budgetFrontierFigure(options: BudgetFrontierVersion) {
  return defineFigure<Key>({
    id: 'budget-frontier',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The frontier’s bill climbs; the price of any fixed capability falls',
    caption:
      'Dots: amortised cost of frontier training runs (training-costs v1). Blue: the frontier bill, a log-linear fit to the record runs (each the most expensive to its date), extended from its 2025 level at the chosen growth rate. Orange: what the capability of the chosen year’s frontier costs as hardware and algorithms improve. Grey: budget tiers. Assumes the trends hold and that capability follows effective compute.',
    params: {
      training_cost_growth: TRAINING_COST_GROWTH,
      g_h: HARDWARE_GROWTH,
      g_a: ALGORITHMIC_GROWTH,
      budget: OPEN_BUDGET,
      capability_year: capabilityYear,
    },
    constants: [
      { label: 'Believe-box target year', value: BY_YEAR, unit: 'year', source: 'Open & Closed' },
      ...BUDGET_TIERS.map((t) => ({
        label: `${t.label} budget`,
        value: t.budget,
        unit: 'US$',
        source: 'Open & Closed (cost-incentives.ts)',
      })),
    ],
    datasets: [{ name: 'training-costs', version: 1 }],
    reads: { 'training-costs': RECORD_RUN_READS },
    columns: [
      {
        name: 'series',
        label: 'Series',
        unit: '0 frontier bill, 1 cost of the chosen capability, 2 observed run',
        description: 'Which line or points the row belongs to.',
        digits: 1,
      },
      {
        name: 'year',
        label: 'Year',
        unit: 'calendar year',
        description: 'Year (decimal for observed runs).',
        digits: 6,
      },
      {
        name: 'usd',
        label: 'Cost',
        unit: 'US$',
        description:
          'Frontier bill (trend), cost of matching the chosen year’s frontier, or an observed run’s amortised cost (training-costs v1).',
        digits: 3,
      },
      {
        name: 'anchor_year',
        label: 'Anchor year',
        unit: 'calendar year',
        description: 'Year the fitted trend is read.',
        digits: 6,
      },
      {
        name: 'anchor_cost_usd',
        label: 'Anchor bill',
        unit: 'US$',
        description: 'The fitted trend’s frontier bill in the anchor year.',
        digits: 3,
      },
      {
        name: 'fitted_growth',
        label: 'Fitted growth',
        unit: '×/yr',
        description: 'Growth of the log-linear fit to the record runs in training-costs v1 (2016 on).',
        digits: 3,
      },
    ],
    values: {
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
        compute: (p, rows) =>
          flipPoint((y) => reachYear(anchorOf(rows), p, p.budget, y) - BY_YEAR, 2000, BY_YEAR) ?? NaN,
        format: (y) => (Number.isFinite(y) ? String(Math.floor(y)) : 'none'),
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const anchor = frontierAnchor(data);
      const constant = {
        anchor_year: anchor.year,
        anchor_cost_usd: anchor.costUsd,
        fitted_growth: anchor.fittedGrowth,
      };
      const rows: TableRow[] = [];
      for (let year = FIRST_YEAR; year <= LAST_YEAR + 1e-9; year += 0.25)
        rows.push({ series: FRONTIER, year, usd: frontierBill(anchor, p, year), ...constant });
      const capBill = frontierBill(anchor, p, p.capability_year);
      for (let year = p.capability_year; year <= LAST_YEAR + 1e-9; year += 0.25)
        rows.push({
          series: CAPABILITY,
          year,
          usd: capBill / (p.g_h * p.g_a) ** (year - p.capability_year),
          ...constant,
        });
      const observed = ((data['training-costs'] ?? []) as CostRow[])
        .filter((r) => r.amortized_hardware_energy_usd && decimalYear(r.publication_date) >= FIRST_YEAR)
        .map((r) => ({
          series: OBSERVED,
          year: decimalYear(r.publication_date),
          usd: r.amortized_hardware_energy_usd!,
          ...constant,
        }))
        .sort((a, b) => a.year - b.year);
      return [...rows, ...observed];
    },
    plot(p, rows) {
      const inDomain = (r: TableRow) => r.usd! >= Y_DOMAIN[0] && r.usd! <= Y_DOMAIN[1];
      const curve = rows.filter((r) => r.series === FRONTIER && inDomain(r));
      const observed = rows.filter((r) => r.series === OBSERVED && inDomain(r));
      const capability = rows.filter((r) => r.series === CAPABILITY && inDomain(r));
      const anchor = anchorOf(rows);
      const tiers = [...BUDGET_TIERS.map((t) => ({ budget: t.budget, label: `${t.label} ${formatUsd(t.budget)}` }))];
      const reach = [...BUDGET_TIERS.map((t) => t.budget), p.budget]
        .map((budget) => ({ budget, year: reachYear(anchor, p, budget, p.capability_year) }))
        .filter((d) => d.year > p.capability_year && d.year <= LAST_YEAR);
      return {
        width: 640,
        height: 400,
        marginLeft: 60,
        marginRight: 16,
        x: { label: null, domain: [FIRST_YEAR, LAST_YEAR], tickFormat: 'd' },
        y: {
          type: 'log',
          label: '↑ US$',
          domain: Y_DOMAIN,
          ticks: [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12],
          grid: true,
          tickFormat: (d: number) => formatUsd(d),
        },
        marks: [
          Plot.ruleY(tiers, { y: 'budget', stroke: TIER_COLORS[0], strokeDasharray: '4,3' }),
          Plot.text(tiers, {
            y: 'budget',
            x: FIRST_YEAR,
            text: 'label',
            textAnchor: 'start',
            dy: -6,
            fill: '#555',
            fontSize: 11,
          }),
          Plot.ruleY([p.budget], { stroke: OPEN_COLOR, strokeOpacity: 0.5 }),
          Plot.text([`Your budget ${formatUsd(p.budget)}`], {
            x: LAST_YEAR,
            y: p.budget,
            textAnchor: 'end',
            dy: 10,
            fill: OPEN_COLOR,
            fontSize: 11,
          }),
          Plot.dot(observed, {
            x: 'year',
            y: 'usd',
            r: 2.5,
            fill: FRONTIER_COLOR,
            fillOpacity: 0.45,
          }),
          Plot.line(
            curve.filter((r) => r.year! <= anchor.year + 0.5),
            { x: 'year', y: 'usd', stroke: FRONTIER_COLOR, strokeWidth: 2 },
          ),
          Plot.line(
            curve.filter((r) => r.year! >= anchor.year),
            {
              x: 'year',
              y: 'usd',
              stroke: FRONTIER_COLOR,
              strokeWidth: 2,
              strokeDasharray: '5,3',
            },
          ),
          Plot.text(['Frontier bill'], {
            x: 2031,
            y: frontierBill(anchor, p, 2031),
            dx: -8,
            textAnchor: 'end',
            fill: FRONTIER_COLOR,
            fontWeight: 600,
          }),
          Plot.line(capability, { x: 'year', y: 'usd', stroke: OPEN_COLOR, strokeWidth: 2 }),
          Plot.dot(reach, { x: 'year', y: 'budget', r: 4, fill: OPEN_COLOR }),
          Plot.text([`Cost of the ${Math.floor(p.capability_year)} frontier’s capability`], {
            x: Math.min(p.capability_year + 0.5, LAST_YEAR - 8),
            y: frontierBill(anchor, p, p.capability_year),
            dx: 8,
            dy: -8,
            textAnchor: 'start',
            fill: OPEN_COLOR,
            fontWeight: 600,
          }),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const anchor = anchorOf(rows);
      const year = reachYear(anchor, p, p.budget, p.capability_year);
      return `Log-scale chart of training costs from ${FIRST_YEAR} to ${LAST_YEAR}. The frontier bill grows ${formatNumber(p.training_cost_growth)}× a year from ${formatUsd(anchor.costUsd)} in ${Math.floor(anchor.year)}, reaching ${formatUsd(frontierBill(anchor, p, 2030))} in 2030. The capability of the ${Math.floor(p.capability_year)} frontier gets cheaper by ${formatNumber(p.g_h * p.g_a)}× a year; a budget of ${formatUsd(p.budget)} buys it in ${formatYear(Math.round(year * 10) / 10)}.`;
    },
  });
}
