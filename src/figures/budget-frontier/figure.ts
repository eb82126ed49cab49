/**
 * budget-frontier: who can afford which capability, and when. The frontier's
 * training bill grows by the training-cost growth a year (Cottier et al. 2024),
 * from the fitted trend's 2025 level or (v2 on, by default) 2025's most
 * expensive run in training-costs; the cost of reaching any fixed capability
 * falls (g_h·g_a)× a year as hardware and algorithms improve. A fixed budget
 * reaches a given year's frontier capability some years later and falls
 * further behind the moving frontier every year (cost-incentives.ts).
 */
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { BUDGET_TIERS } from '../../model/cost-incentives.ts';
import { formatNumber, formatUsd, formatYear } from '../format.ts';
import {
  ALGORITHMIC_GROWTH,
  ANCHOR_ON_RECORD,
  ANCHOR_ON_RECORD_CHOICE,
  CAPABILITY_YEAR,
  HARDWARE_GROWTH,
  OPEN_BUDGET,
  TRAINING_COST_GROWTH,
} from '../compute-cost-params.ts';
import {
  BY_YEAR,
  FIRST_YEAR,
  RECORD_RUN_READS,
  type CostRow,
  anchorOf,
  frontierAnchor,
  frontierBill,
  nearestYear,
  reachYear,
  type Key,
} from './anchor.ts';
import { CAPABILITY, FRONTIER, LAST_YEAR, OBSERVED, PROJECTED, budgetFrontierPlot } from './marks.ts';
import { budgetFrontierValues } from './values.ts';
import { budgetFrontierCases } from './cases.ts';
import { budgetTitleFails } from './title-fails.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

/** v2's columns: the anchor year's trend level and its two dearest runs, constant down the table. */
const RECORD_COLUMNS = [
  {
    name: 'trend_cost_usd',
    label: 'Trend level, anchor year',
    unit: 'US$',
    description: 'The fitted trend’s frontier bill in the anchor year.',
    digits: 3,
  },
  {
    name: 'record_cost_usd',
    label: 'Dearest run, anchor year',
    unit: 'US$',
    description: 'The most expensive run published in the anchor year (training-costs v1).',
    digits: 3,
  },
  {
    name: 'runner_up_cost_usd',
    label: 'Second dearest run, anchor year',
    unit: 'US$',
    description: 'The second most expensive run published in the anchor year (training-costs v1).',
    digits: 3,
  },
];

export interface BudgetFrontierVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /**
   * v2 on: 2025's record runs beside the trend, the bill started from the record by default
   * (anchor_on_record), years rounded to the nearest, labels that fit a phone, theme colours.
   */
  readonly records?: boolean;
  /**
   * v3 on: labels drawn after the marks and kept off lines, rules and dots of other colours (LabelLayout), a rule's
   * name beside its rule or left out; on a phone, tier names without their amounts.
   */
  readonly labelsOffMarks?: boolean;
  /** v4 on: where the bill starts is an on/off control naming its two values, not a 0–1 slider (ANCHOR_ON_RECORD_CHOICE). */
  readonly anchorChoice?: boolean;
}

export function budgetFrontierFigure(options: BudgetFrontierVersion) {
  return defineFigure<Key>({
    id: 'budget-frontier',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The frontier’s bill climbs; the price of any fixed capability falls',
    caption: options.records
      ? 'Dots: amortised cost of frontier training runs (training-costs v1); rings: 2025’s two most expensive runs, beside the fitted trend’s 2025 level (dashed ring). Blue: the frontier bill, a log-linear fit to the record runs (each the most expensive to its date), projected from 2025’s most expensive run or from the trend’s level, at the chosen growth rate. Orange: what the capability of the chosen year’s frontier costs as hardware and algorithms improve. Grey: budget tiers. Assumes the trends hold and that capability follows effective compute.'
      : 'Dots: amortised cost of frontier training runs (training-costs v1). Blue: the frontier bill, a log-linear fit to the record runs (each the most expensive to its date), extended from its 2025 level at the chosen growth rate. Orange: what the capability of the chosen year’s frontier costs as hardware and algorithms improve. Grey: budget tiers. Assumes the trends hold and that capability follows effective compute.',
    params: {
      training_cost_growth: TRAINING_COST_GROWTH,
      g_h: HARDWARE_GROWTH,
      g_a: ALGORITHMIC_GROWTH,
      budget: OPEN_BUDGET,
      capability_year: CAPABILITY_YEAR,
      ...(options.records
        ? { anchor_on_record: options.anchorChoice ? ANCHOR_ON_RECORD_CHOICE : ANCHOR_ON_RECORD }
        : {}),
    } as Record<Key, ParamDefinition>,
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
        unit: options.records
          ? '0 frontier bill (fitted trend), 1 cost of the chosen capability, 2 observed run, 3 frontier bill (projected)'
          : '0 frontier bill, 1 cost of the chosen capability, 2 observed run',
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
        description: options.records
          ? 'Where the projected frontier bill starts in the anchor year: the year’s most expensive run, or the fitted trend’s level.'
          : 'The fitted trend’s frontier bill in the anchor year.',
        digits: 3,
      },
      {
        name: 'fitted_growth',
        label: 'Fitted growth',
        unit: '×/yr',
        description: 'Growth of the log-linear fit to the record runs in training-costs v1 (2016 on).',
        digits: 3,
      },
      ...(options.records ? RECORD_COLUMNS : []),
    ],
    values: budgetFrontierValues(Boolean(options.records)),
    ...(options.records ? { cases: budgetFrontierCases } : {}),
    table(p: Params<Key>, data: FigureData) {
      const anchor = frontierAnchor(data, Boolean(options.records) && p.anchor_on_record >= 0.5);
      const constant = {
        anchor_year: anchor.year,
        anchor_cost_usd: anchor.costUsd,
        fitted_growth: anchor.fittedGrowth,
        ...(options.records
          ? {
              trend_cost_usd: anchor.trendCostUsd,
              record_cost_usd: anchor.recordCostUsd,
              runner_up_cost_usd: anchor.runnerUpCostUsd,
            }
          : {}),
      };
      const rows: TableRow[] = [];
      if (!options.records)
        for (let year = FIRST_YEAR; year <= LAST_YEAR + 1e-9; year += 0.25)
          rows.push({ series: FRONTIER, year, usd: frontierBill(anchor, p, year), ...constant });
      else {
        // v2: the fitted trend itself up to the anchor year, then the projection from the anchor (PROJECTED).
        // Straight lines on the log axis, so whole years draw them exactly (fewer rows for data.csv and the island).
        for (let year = FIRST_YEAR; year <= anchor.year; year += 1)
          rows.push({
            series: FRONTIER,
            year,
            usd: anchor.trendCostUsd * anchor.fittedGrowth ** (year - anchor.year),
            ...constant,
          });
        for (let year = anchor.year; year <= LAST_YEAR; year += 1)
          rows.push({ series: PROJECTED, year, usd: frontierBill(anchor, p, year), ...constant });
      }
      const capBill = frontierBill(anchor, p, p.capability_year);
      const capabilityStep = options.records ? 1 : 0.25;
      for (let year = p.capability_year; year <= LAST_YEAR + 1e-9; year += capabilityStep)
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
    plot(p, rows, _band, frame) {
      return budgetFrontierPlot(p, rows, Boolean(options.records), Boolean(options.labelsOffMarks), frame);
    },
    titleFails: budgetTitleFails,
    alt(p, rows) {
      const anchor = anchorOf(rows);
      const year = reachYear(anchor, p, p.budget, p.capability_year);
      if (!options.records)
        return `Log-scale chart of training costs from ${FIRST_YEAR} to ${LAST_YEAR}. The frontier bill grows ${formatNumber(p.training_cost_growth)}× a year from ${formatUsd(anchor.costUsd)} in ${Math.floor(anchor.year)}, reaching ${formatUsd(frontierBill(anchor, p, 2030))} in 2030. The capability of the ${Math.floor(p.capability_year)} frontier gets cheaper by ${formatNumber(p.g_h * p.g_a)}× a year; a budget of ${formatUsd(p.budget)} buys it in ${formatYear(Math.round(year * 10) / 10)}.`;
      const start = p.anchor_on_record ? 'the most expensive run of' : 'the fitted trend’s level in';
      const reach = Number.isFinite(year)
        ? `a budget of ${formatUsd(p.budget)} buys it in ${formatYear(nearestYear(year))}`
        : `a budget of ${formatUsd(p.budget)} never buys it, because its cost does not fall`;
      return `Log-scale chart of training costs from ${FIRST_YEAR} to ${LAST_YEAR}. The fitted trend puts ${anchor.year} at ${formatUsd(anchor.trendCostUsd)}; the year’s two most expensive runs cost ${formatUsd(anchor.recordCostUsd)} and ${formatUsd(anchor.runnerUpCostUsd)}. The frontier bill grows ${formatNumber(p.training_cost_growth)}× a year from ${start} ${anchor.year}, ${formatUsd(anchor.costUsd)}, reaching ${formatUsd(frontierBill(anchor, p, 2030))} in 2030. The capability of the ${formatYear(nearestYear(p.capability_year))} frontier gets cheaper by ${formatNumber(p.g_h * p.g_a)}× a year; ${reach}.`;
    },
  });
}
