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
import { BUDGET_TIERS } from '../../model/cost-incentives.ts';
import { formatNumber, formatUsd, formatYear } from '../format.ts';
import { ALGORITHMIC_GROWTH, HARDWARE_GROWTH, OPEN_BUDGET, TRAINING_COST_GROWTH } from '../compute-cost-params.ts';
import {
  BY_YEAR,
  FIRST_YEAR,
  type CostRow,
  anchorOf,
  frontierAnchor,
  frontierBill,
  reachYear,
  type Key,
} from './anchor.ts';
import { budgetFrontierValues } from './values.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

const LAST_YEAR = 2040;
const FRONTIER_COLOR = '#1d5fa6';
const OPEN_COLOR = '#c8641b';

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

/** Row series of the table (long format: every cell a finite number). */
const FRONTIER = 0;
const CAPABILITY = 1;
const OBSERVED = 2;
const Y_DOMAIN: [number, number] = [1e3, 1e12];

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
    values: budgetFrontierValues,
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
