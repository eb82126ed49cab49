/**
 * open-bets: how many risky training runs ("bets") a fixed open budget pays
 * for each year, when each bet aims at the frontier of a few years earlier.
 * The frontier's compute grows g_C× a year (Epoch AI 2024); its bill grows
 * g_C / g_h× a year, so when hardware stops getting cheaper (g_h → 1) the
 * bill grows as fast as compute and the bets run out sooner (open-bets.ts).
 * The bill is anchored on the 2025 level of the trend fitted to training-costs.
 */
import * as Plot from '@observablehq/plot';
import { betsAffordable, lastYearOfBets, type BetScenario } from '../../model/open-bets.ts';
import { ANCHOR_YEAR, RECORD_RUN_READS, frontierAnchor } from '../budget-frontier/anchor.ts';
import { formatNumber, formatParam, formatUsd } from '../format.ts';
import { ALGORITHMIC_GROWTH, HARDWARE_GROWTH, OPEN_BUDGET } from '../compute-cost-params.ts';
import { FRONTIER_COMPUTE_GROWTH } from '../shared-params.ts';
import { LAG_YEARS } from './lag.ts';
import { LEGACY } from '../legacy-colours.ts';
import { theme } from '../theme.ts';
import { defineFigure, type FigureData, type Params, type TableRow } from '../spec.ts';

type Key = 'g_h' | 'frontier_compute_growth' | 'g_a' | 'budget' | 'lag_years';

const FIRST_YEAR = 2025;
const LAST_YEAR = 2035;
/** Hardware growth of the reference curve: price-performance flat. */
const STALLED = 1;
const OPEN_COLOR = theme.open;
const Y_DOMAIN: [number, number] = [1e-3, 1e4];

function scenario(p: Params<Key>, rows: readonly TableRow[], hardwareGrowth = p.g_h): BetScenario {
  const first = rows[0]!;
  return {
    year0: first.anchor_year!,
    frontierCostUsd: first.anchor_cost_usd!,
    computeGrowth: p.frontier_compute_growth,
    hardwareGrowth,
    algorithmicGrowth: p.g_a,
    lagYears: p.lag_years,
  };
}

export interface OpenBetsVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

const yearFormat = (y: number) =>
  y === Infinity ? 'not in sight (the bill does not grow)' : y < ANCHOR_YEAR ? 'already past' : String(Math.floor(y));

export function openBetsFigure(options: OpenBetsVersion) {
  return defineFigure<Key>({
    id: 'open-bets',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'When hardware stops getting cheaper, an open lab’s bets run out sooner',
    caption:
      'Training runs a year an open budget pays for, each matching the frontier of a few years earlier. The frontier bill starts from the 2025 level of a log-linear fit to the record runs in training-costs v1 and grows as fast as frontier compute, less hardware’s gains. Solid: the chosen hardware growth; dashed: hardware flat. Below the line at one, the lab cannot place a single bet.',
    params: {
      g_h: HARDWARE_GROWTH,
      frontier_compute_growth: FRONTIER_COMPUTE_GROWTH,
      g_a: ALGORITHMIC_GROWTH,
      budget: OPEN_BUDGET,
      lag_years: LAG_YEARS,
    },
    constants: [
      { label: 'Hardware growth of the dashed curve', value: STALLED, unit: '×/yr', source: 'Open & Closed' },
    ],
    datasets: [{ name: 'training-costs', version: 1 }],
    reads: { 'training-costs': RECORD_RUN_READS },
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Year.', digits: 6 },
      {
        name: 'bets',
        label: 'Bets a year',
        unit: 'runs',
        description: 'Runs the budget pays for at the chosen hardware growth.',
        digits: 3,
      },
      {
        name: 'bets_stalled',
        label: 'Bets a year, hardware flat',
        unit: 'runs',
        description: 'Runs the budget pays for if FLOP per dollar stops improving.',
        digits: 3,
      },
      {
        name: 'anchor_year',
        label: 'Anchor year',
        unit: 'calendar year',
        description: 'Year the frontier bill is anchored in.',
        digits: 6,
      },
      {
        name: 'anchor_cost_usd',
        label: 'Anchor bill',
        unit: 'US$',
        description: 'The frontier bill of the trend fitted to training-costs v1, in the anchor year.',
        digits: 3,
      },
    ],
    values: {
      lagYears: {
        label: 'Years behind the frontier a bet aims (the slider)',
        compute: (p) => p.lag_years,
        format: (y) => formatNumber(y, 2),
      },
      computeGrowth: {
        label: 'Frontier compute growth (the slider)',
        compute: (p) => p.frontier_compute_growth,
        format: (g) => `${formatNumber(g, 2)}×`,
      },
      billGrowth: {
        label: 'Growth of the frontier bill',
        compute: (p) => p.frontier_compute_growth / p.g_h,
        format: (g) => formatParam(g, '×/yr'),
      },
      billGrowthStalled: {
        label: 'Growth of the frontier bill with hardware flat',
        compute: (p) => p.frontier_compute_growth / STALLED,
        format: (g) => formatParam(g, '×/yr'),
      },
      betsNow: {
        label: 'Bets the budget pays for in the anchor year',
        compute: (p, rows) => betsAffordable(p.budget, rows[0]!.anchor_year!, scenario(p, rows)),
        format: (n) => formatNumber(n, 2),
      },
      lastYear: {
        label: 'Last year the budget pays for one bet',
        compute: (p, rows) => lastYearOfBets(p.budget, 1, scenario(p, rows)),
        format: yearFormat,
      },
      lastYearStalled: {
        label: 'Last year the budget pays for one bet, hardware flat',
        compute: (p, rows) => lastYearOfBets(p.budget, 1, scenario(p, rows, STALLED)),
        format: yearFormat,
      },
      monthsLost: {
        label: 'Months of bets lost when hardware stalls',
        compute: (p, rows) => {
          const year0 = rows[0]!.anchor_year!;
          // Last years before the anchor year mean no bet was ever affordable: nothing to lose.
          const last = Math.max(year0, lastYearOfBets(p.budget, 1, scenario(p, rows)));
          const stalled = Math.max(year0, lastYearOfBets(p.budget, 1, scenario(p, rows, STALLED)));
          if (last === Infinity) return stalled === Infinity ? 0 : Infinity;
          return Math.max(0, 12 * (last - stalled));
        },
        format: (m) => (Number.isFinite(m) ? formatNumber(m, 2) : 'all that remain'),
      },
      fiveYearRatio: {
        label: 'How many times more bets five years of hardware gains leave',
        compute: (p) => p.g_h ** 5,
        format: (x) => `${formatNumber(x, 2)}×`,
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const anchor = frontierAnchor(data);
      const constant = { anchor_year: anchor.year, anchor_cost_usd: anchor.costUsd };
      const base: BetScenario = {
        year0: anchor.year,
        frontierCostUsd: anchor.costUsd,
        computeGrowth: p.frontier_compute_growth,
        hardwareGrowth: p.g_h,
        algorithmicGrowth: p.g_a,
        lagYears: p.lag_years,
      };
      const rows: TableRow[] = [];
      for (let year = FIRST_YEAR; year <= LAST_YEAR + 1e-9; year += 0.25) {
        rows.push({
          year,
          bets: betsAffordable(p.budget, year, base),
          bets_stalled: betsAffordable(p.budget, year, { ...base, hardwareGrowth: STALLED }),
          ...constant,
        });
      }
      return rows;
    },
    plot(p, rows) {
      const last = lastYearOfBets(p.budget, 1, scenario(p, rows));
      const inDomain = (key: string) => rows.filter((r) => r[key]! >= Y_DOMAIN[0] && r[key]! <= Y_DOMAIN[1]);
      return {
        width: 640,
        height: 360,
        marginLeft: 56,
        marginRight: 16,
        x: { label: null, domain: [FIRST_YEAR, LAST_YEAR], tickFormat: 'd' },
        y: {
          type: 'log',
          label: '↑ Bets a year (training runs)',
          domain: Y_DOMAIN,
          ticks: [1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3, 1e4],
          grid: true,
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        marks: [
          Plot.ruleY([1], { stroke: LEGACY.text333 }),
          Plot.text(['one bet a year'], {
            x: LAST_YEAR,
            y: 1,
            textAnchor: 'end',
            dy: -6,
            fill: LEGACY.text333,
            fontSize: 11,
          }),
          Plot.line(inDomain('bets_stalled'), {
            x: 'year',
            y: 'bets_stalled',
            stroke: OPEN_COLOR,
            strokeDasharray: '5,3',
            strokeOpacity: 0.7,
          }),
          Plot.line(inDomain('bets'), { x: 'year', y: 'bets', stroke: OPEN_COLOR, strokeWidth: 2.5 }),
          ...(last > FIRST_YEAR && last < LAST_YEAR
            ? [
                Plot.dot([{ year: last, bets: 1 }], { x: 'year', y: 'bets', r: 5, fill: OPEN_COLOR }),
                Plot.text([`last bet: ${Math.floor(last)}`], {
                  x: last,
                  y: 1,
                  dy: 16,
                  dx: 4,
                  textAnchor: 'start',
                  fill: OPEN_COLOR,
                  fontWeight: 600,
                }),
              ]
            : []),
          Plot.text([`${formatUsd(p.budget)} a year, hardware ${formatParam(p.g_h, '×/yr')} (dashed: flat)`], {
            frameAnchor: 'top-right',
            dx: -6,
            dy: 6,
            textAnchor: 'end',
            fill: OPEN_COLOR,
          }),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const last = lastYearOfBets(p.budget, 1, scenario(p, rows));
      const stalled = lastYearOfBets(p.budget, 1, scenario(p, rows, STALLED));
      return `Log-scale line chart of how many training runs a year ${formatUsd(p.budget)} pays for, ${FIRST_YEAR}–${LAST_YEAR}, each matching the frontier of ${formatNumber(p.lag_years)} years earlier. With frontier compute growing ${formatParam(p.frontier_compute_growth, '×/yr')} and hardware ${formatParam(p.g_h, '×/yr')}, the last affordable bet comes in ${yearFormat(last)}; with hardware flat, in ${yearFormat(stalled)}.`;
    },
  });
}
