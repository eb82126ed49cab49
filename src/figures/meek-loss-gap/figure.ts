/**
 * meek-loss-gap: the loss of a frontier actor and a fixed-budget ("meek")
 * actor over time, and the gap between them.
 * Gundlach, Lynch & Thompson 2025, arXiv 2507.07931, Figure 1.
 *
 * Every version is made here from one definition (never write a figure
 * twice); v1.ts, v2.ts, ... pick their options. A superseded version is
 * frozen, so changing this file can only change the latest version, and the
 * figure lock catches that.
 */
import * as Plot from '@observablehq/plot';
// Import model modules directly, not model/index.ts: this file runs in the browser island, and the
// index also re-exports the validated parameter registry (zod), which would ship with it.
import { meekState } from '../../model/meek-models.ts';
import { MEEK_MODELS_LOSS } from '../../model/power-law-loss.ts';
import { formatNumber, formatParam } from '../format.ts';
import { pairMarks } from './pair-marks.ts';
import { defineFigure, type ParamDefinition, type TableRow } from '../spec.ts';
import { FLOP_PER_USD, HORIZON_YEARS, PAPER_START_FLOP, START_YEAR, peak, scenario, type Pivot } from './model.ts';
import { anchorPresets } from '../registry-param.ts';
import { publishedParams, registryParams, type Key } from './params.ts';
import { formatPeakGap, formatYearsToPeak, meekValues } from './values.ts';

const STEPS_PER_YEAR = 4;

const lastRow = (rows: readonly TableRow[]) => rows[rows.length - 1] as TableRow;

function constants(pivot: Pivot) {
  return [
    {
      label: 'Start year (t = 0)',
      value: START_YEAR,
      unit: 'year',
      source: 'Chosen: the latest full year of the paper’s data',
    },
    {
      label: 'Irreducible loss L₀',
      value: MEEK_MODELS_LOSS.L0,
      unit: 'nats/token',
      source: 'Gundlach, Lynch & Thompson 2025, eq. 1',
    },
    {
      label: 'Loss coefficient A at α = 0.155',
      value: MEEK_MODELS_LOSS.A,
      unit: 'nats/token · FLOP^α',
      source:
        pivot === 'fixed-1e25'
          ? 'Gundlach, Lynch & Thompson 2025, eq. 1; rescaled with α so that L(10²⁵ FLOP) stays fixed'
          : 'Gundlach, Lynch & Thompson 2025, eq. 1; rescaled with α so that the loss at the paper’s starting point (its $1,000 budget) stays fixed',
    },
    ...(pivot === 'paper-start'
      ? [
          {
            label: 'Compute at which the loss is held fixed as α moves',
            value: PAPER_START_FLOP,
            unit: 'FLOP',
            source:
              'The paper’s $1,000 budget at the compute per dollar below (Gundlach, Lynch & Thompson 2025, Figure 1)',
          },
        ]
      : []),
    {
      label: 'Compute per dollar at the start',
      value: FLOP_PER_USD,
      unit: 'FLOP/US$',
      source: 'H100 SXM: 989 TFLOP/s dense BF16 at 40% utilisation, $2 per GPU-hour (2025)',
    },
  ];
}

const equalStart = {
  label: 'Frontier budget at the start',
  value: 1,
  unit: '× meek budget',
  source: 'Gundlach, Lynch & Thompson 2025, Figure 1',
};

/** One-click settings shown under the figure (v3 on): the registry's anchors, then two scenarios of the essay. */
const PRESETS = [
  ...anchorPresets<Key>(['g_i', 'g_h', 'g_a', 'alpha']),
  {
    label: 'ρ = 10⁶: a $1B frontier run against $1,000',
    params: { budget: 1000, lead: 1e6 },
    source:
      'Cottier et al. 2024: the largest training runs will cost more than a billion dollars by 2027 if the trend continues',
  },
  {
    label: 'gₕ = gₐ = 1: no shared progress',
    params: { g_h: 1, g_a: 1 },
    source: 'A thought experiment: neither hardware nor algorithms improve',
  },
];

/** What distinguishes one published version from another. */
export interface MeekLossGapVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Adds the head-start parameter ρ (v2 on). */
  readonly headStart: boolean;
  /** Where the loss law is held fixed when α moves (see model.ts): v1–v2 at 10²⁵ FLOP, v3 on at the paper's start. */
  readonly pivot: Pivot;
  /** Parameters read from the model's registry (v3 on) rather than the definitions v1–v2 published. */
  readonly fromRegistry: boolean;
}

export function meekLossGapFigure(options: MeekLossGapVersion) {
  const { pivot } = options;
  const { lead, ...base } = options.fromRegistry ? registryParams : publishedParams;
  // v1 has no `lead` key; every function here reads it as optional (AnyParams), so the cast is safe.
  const params = (options.headStart ? { ...base, lead } : base) as Record<Key, ParamDefinition>;
  return defineFigure<Key>({
    id: 'meek-loss-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The frontier’s lead in loss rises, peaks, then fades',
    caption: options.fromRegistry
      ? 'Training loss of a frontier actor whose spend grows gᵢ× a year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both share hardware (gₕ) and algorithmic (gₐ) progress. Both follow the paper’s loss law L(C) = L₀ + A·C^(−α); when α moves, the loss at the paper’s starting point (its $1,000 budget in 2025) is held fixed. The shaded band is the gap.'
      : options.headStart
        ? 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both share hardware and algorithmic progress. The shaded band is the gap.'
        : 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; both start from the same budget and share hardware and algorithmic progress. The shaded band is the gap.',
    params,
    constants: options.headStart ? constants(pivot) : [...constants(pivot), equalStart],
    presets: options.fromRegistry ? PRESETS : [],
    datasets: [],
    columns: [
      {
        name: 'year',
        label: 'Year',
        unit: 'calendar year',
        description: 'Calendar year (fractions are quarters).',
        digits: 6,
      },
      {
        name: 'frontier_loss',
        label: 'Frontier loss',
        unit: 'nats/token',
        description: 'Loss of the frontier actor.',
        digits: 4,
      },
      {
        name: 'meek_loss',
        label: 'Meek loss',
        unit: 'nats/token',
        description: 'Loss of the fixed-budget actor.',
        digits: 4,
      },
      {
        name: 'loss_gap',
        label: 'Loss gap',
        unit: 'nats/token',
        description: 'Meek loss minus frontier loss.',
        digits: 3,
      },
    ],
    values: meekValues(pivot),
    table(p) {
      const s = scenario(p, pivot);
      const rows: TableRow[] = [];
      for (let i = 0; i <= HORIZON_YEARS * STEPS_PER_YEAR; i++) {
        const state = meekState(s, i / STEPS_PER_YEAR);
        rows.push({
          year: START_YEAR + state.years,
          frontier_loss: state.frontierLoss,
          meek_loss: state.meekLoss,
          loss_gap: state.lossGap,
        });
      }
      return rows;
    },
    plot(p, rows) {
      const top = peak(p, pivot);
      const end = lastRow(rows);
      const peakInView = top.years >= 0 && top.years <= HORIZON_YEARS;
      const peakRow = peakInView ? meekState(scenario(p, pivot), top.years) : undefined;
      return {
        width: 640,
        height: 380,
        marginRight: 70,
        marginLeft: 50,
        x: { label: null, tickFormat: 'd', domain: [START_YEAR, START_YEAR + HORIZON_YEARS] },
        y: { label: '↓ Training loss (nats per token)', grid: true, nice: true },
        marks: [
          ...pairMarks(rows, {
            meek: { y: 'meek_loss', label: 'Meek' },
            frontier: { y: 'frontier_loss', label: 'Frontier' },
            meekAbove: true,
          }),
          ...(peakRow
            ? [
                Plot.ruleX([START_YEAR + peakRow.years], {
                  y1: peakRow.frontierLoss,
                  y2: peakRow.meekLoss,
                  stroke: '#333',
                  strokeWidth: 1.5,
                }),
                Plot.text([START_YEAR + peakRow.years], {
                  x: (d: number) => d,
                  y: peakRow.meekLoss,
                  text: () => `Gap peaks in ${Math.floor(START_YEAR + top.years)}: ${formatNumber(top.gap, 2)} nats`,
                  dy: -10,
                  dx: 4,
                  textAnchor: 'start',
                  fill: '#333',
                }),
              ]
            : [
                Plot.text([end], {
                  x: 'year',
                  y: (d: TableRow) => ((d.meek_loss ?? 0) + (d.frontier_loss ?? 0)) / 2,
                  text: () =>
                    top.years < 0
                      ? `Gap shrinking since before ${START_YEAR}`
                      : `Gap still widening in ${START_YEAR + HORIZON_YEARS}`,
                  textAnchor: 'end',
                  dx: -6,
                  fill: '#333',
                }),
              ]),
        ],
      };
    },
    alt(p, rows) {
      const top = peak(p, pivot);
      const end = lastRow(rows);
      const lead = p.lead === undefined ? '' : `, a frontier head start of ${formatParam(p.lead, '×')}`;
      const setting = `With frontier spend growing ${formatParam(p.g_i, '×/yr')}, hardware ${formatParam(p.g_h, '×/yr')}, algorithms ${formatParam(p.g_a, '×/yr')}, α = ${formatNumber(p.alpha)}${lead} and a meek budget of ${formatParam(p.budget, 'US$')}`;
      const start = rows[0]?.loss_gap ?? NaN;
      const endGap = formatNumber(end.loss_gap ?? NaN, 2);
      const story =
        top.years === Infinity
          ? `the loss gap widens for ever: with no shared progress the meek actor never improves; by ${START_YEAR + HORIZON_YEARS} it is ${endGap} nats per token`
          : top.years < 0
            ? `the loss gap is already shrinking in ${START_YEAR}, from ${formatNumber(start, 2)} to ${endGap} nats per token by ${START_YEAR + HORIZON_YEARS}`
            : top.years <= HORIZON_YEARS
              ? `the loss gap widens for ${formatYearsToPeak(top.years)}, until ${Math.floor(START_YEAR + top.years)}, peaking at ${formatPeakGap(top.gap)}, then shrinks to ${endGap} by ${START_YEAR + HORIZON_YEARS}`
              : `the loss gap keeps widening through ${START_YEAR + HORIZON_YEARS}, reaching ${endGap} nats per token, and peaks ${formatYearsToPeak(top.years)} after ${START_YEAR}`;
      return `Line chart of training loss from ${START_YEAR} to ${START_YEAR + HORIZON_YEARS} for a frontier and a meek actor. ${setting}, ${story}.`;
    },
  });
}
