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
// index also re-exports the parameter registry (validated with zod at import), which would ship with it.
import { H100_2025, flopPerDollar } from '../../model/compute-price.ts';
import { meekGapPeakYears, meekState, type MeekScenario } from '../../model/meek-models.ts';
import { MEEK_MODELS_LOSS } from '../../model/power-law-loss.ts';
import { meekHeadStartForShrinkingGap } from '../../model/meek-head-start.ts';
import { formatNumber, formatParam } from '../format.ts';
import { defineFigure, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

const START_YEAR = 2025;
const HORIZON_YEARS = 20;
const STEPS_PER_YEAR = 4;
/** The loss law is pinned here when α moves, so a slider changes the slope, not the whole curve's level. */
const PIVOT_FLOP = 1e25;
const FLOP_PER_USD = flopPerDollar(H100_2025);

const FRONTIER_COLOR = '#1d5fa6';
const MEEK_COLOR = '#c8641b';

type BaseKey = 'g_i' | 'g_h' | 'g_a' | 'alpha' | 'budget';
type Key = BaseKey | 'lead';
/** Parameters of any version: `lead` exists from v2 on; v1 is the paper's equal start. */
type AnyParams = Params<BaseKey> & Partial<Params<'lead'>>;

/** The model scenario behind a state of the figure. */
function scenario(p: AnyParams): MeekScenario {
  const { L0, A, alpha } = MEEK_MODELS_LOSS;
  return {
    spendGrowth: p.g_i,
    hardwareGrowth: p.g_h,
    algorithmicGrowth: p.g_a,
    // A·C^(−α) is held fixed at PIVOT_FLOP: at the paper's α = 0.155 this is A = 1070 exactly.
    loss: { L0, alpha: p.alpha, A: A * PIVOT_FLOP ** (p.alpha - alpha) },
    meekCompute: p.budget * FLOP_PER_USD,
    initialComputeRatio: p.lead ?? 1,
  };
}

function peak(p: AnyParams) {
  const s = scenario(p);
  const years = meekGapPeakYears(s);
  return { year: START_YEAR + years, gap: Number.isFinite(years) ? meekState(s, years).lossGap : NaN, years };
}

const lastRow = (rows: readonly TableRow[]) => rows[rows.length - 1] as TableRow;

const baseParams: Record<BaseKey, ParamDefinition> = {
  g_i: {
    label: 'Frontier spend growth',
    symbol: 'gᵢ',
    unit: '×/yr',
    description: 'Annual growth factor of the frontier actor’s training spend.',
    default: 3.6,
    min: 1.1,
    max: 10,
    step: 0.1,
    scale: 'linear',
    source: 'Gundlach, Lynch & Thompson 2025, §3 (3.6×/yr, after Epoch AI’s frontier spend trend)',
  },
  g_h: {
    label: 'Hardware price-performance growth',
    symbol: 'gₕ',
    unit: '×/yr',
    description: 'Annual growth factor of FLOP per dollar, shared by both actors.',
    default: 1.4,
    min: 1,
    max: 3,
    step: 0.05,
    scale: 'linear',
    source: 'Gundlach, Lynch & Thompson 2025, §3 (1.4×/yr); Hobbhahn & Besiroglu 2022 (doubling every 2.1–2.5 years)',
  },
  g_a: {
    label: 'Algorithmic efficiency growth',
    symbol: 'gₐ',
    unit: '×/yr',
    description: 'Annual growth factor of effective compute per FLOP, shared by both actors.',
    default: 2.8,
    min: 1,
    max: 10,
    step: 0.1,
    scale: 'linear',
    source:
      'Gundlach, Lynch & Thompson 2025, §3 (2.8×/yr); Ho et al. 2024 (compute halving every 8 months, 95% CI 5–14)',
  },
  alpha: {
    label: 'Returns to compute',
    symbol: 'α',
    unit: '',
    description: 'Exponent of the loss law L(C) = L₀ + A·C^(−α): larger means faster diminishing returns.',
    default: 0.155,
    min: 0.05,
    max: 0.4,
    step: 0.005,
    scale: 'linear',
    source: 'Hoffmann et al. 2022, Approach 3 (αβ/(α+β) ≈ 0.155); Gundlach, Lynch & Thompson 2025, eq. 1',
  },
  budget: {
    label: 'Meek budget',
    symbol: 'B',
    unit: 'US$',
    description: 'Training budget of the meek actor, fixed for ever; the frontier also starts here in 2025.',
    default: 1000,
    min: 100,
    max: 1e10,
    step: 0.1,
    scale: 'log',
    source: 'Gundlach, Lynch & Thompson 2025, Figure 1 ($1,000 budget)',
  },
};

/** From v2: how far ahead the frontier starts. 1 is the paper's Figure 1. */
const headStart: ParamDefinition = {
  label: 'Frontier’s head start',
  symbol: 'ρ',
  unit: '×',
  description:
    'Frontier compute at the start as a multiple of the meek actor’s (1: both start equal, as in the paper).',
  default: 1,
  min: 1,
  max: 1e7,
  step: 0.1,
  scale: 'log',
  source:
    'Gundlach, Lynch & Thompson 2025, Figure 1 (ρ = 1); larger values stand for a frontier that already outspends the meek actor, e.g. $1B against $1K is ρ = 10⁶',
};

const sharedConstants = [
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
    source: 'Gundlach, Lynch & Thompson 2025, eq. 1; rescaled with α so that L(10²⁵ FLOP) stays fixed',
  },
  {
    label: 'Compute per dollar at the start',
    value: FLOP_PER_USD,
    unit: 'FLOP/US$',
    source: 'H100 SXM: 989 TFLOP/s dense BF16 at 40% utilisation, $2 per GPU-hour (2025)',
  },
];

const equalStart = {
  label: 'Frontier budget at the start',
  value: 1,
  unit: '× meek budget',
  source: 'Gundlach, Lynch & Thompson 2025, Figure 1',
};

/** What distinguishes one published version from another. */
export interface MeekLossGapVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Adds the head-start parameter ρ (v2 on). */
  readonly headStart: boolean;
}

export function meekLossGapFigure(options: MeekLossGapVersion) {
  // v1 has no `lead` key; every function here reads it as optional (AnyParams), so the cast is safe.
  const params = (options.headStart ? { ...baseParams, lead: headStart } : baseParams) as Record<Key, ParamDefinition>;
  return defineFigure<Key>({
    id: 'meek-loss-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The frontier’s lead in loss rises, peaks, then fades',
    caption: options.headStart
      ? 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both share hardware and algorithmic progress. The shaded band is the gap.'
      : 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; both start from the same budget and share hardware and algorithmic progress. The shaded band is the gap.',
    params,
    constants: options.headStart ? sharedConstants : [...sharedConstants, equalStart],
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
    values: {
      peakYear: {
        label: 'Year the loss gap peaks',
        compute: (p) => peak(p).year,
        format: (year) => (Number.isFinite(year) ? String(Math.floor(year)) : 'never'),
      },
      peakYearsAfterStart: {
        label: 'Years from the start to the peak gap',
        compute: (p) => peak(p).years,
        format: (years) => formatNumber(years, 2),
      },
      peakGap: {
        label: 'Largest loss gap, nats per token',
        compute: (p) => peak(p).gap,
        format: (gap) => formatNumber(gap, 2),
      },
      headStartForShrinkingGap: {
        label: 'Head start beyond which the gap is already shrinking at the start',
        compute: (p) => meekHeadStartForShrinkingGap(scenario(p)),
        format: (rho) => formatParam(rho, '×'),
      },
      finalGapShareOfPeak: {
        label: 'Gap at the horizon as a share of the peak gap',
        compute: (p, rows) => (lastRow(rows).loss_gap ?? NaN) / peak(p).gap,
        format: (share) => `${formatNumber(share * 100, 2)}%`,
      },
    },
    table(p) {
      const s = scenario(p);
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
      const top = peak(p);
      const end = lastRow(rows);
      const peakInView = top.years >= 0 && top.years <= HORIZON_YEARS;
      const peakRow = peakInView ? meekState(scenario(p), top.years) : undefined;
      return {
        width: 640,
        height: 380,
        marginRight: 70,
        marginLeft: 50,
        x: { label: null, tickFormat: 'd', domain: [START_YEAR, START_YEAR + HORIZON_YEARS] },
        y: { label: '↓ Training loss (nats per token)', grid: true, nice: true },
        marks: [
          Plot.areaY(rows, { x: 'year', y1: 'frontier_loss', y2: 'meek_loss', fill: MEEK_COLOR, fillOpacity: 0.14 }),
          Plot.lineY(rows, { x: 'year', y: 'meek_loss', stroke: MEEK_COLOR, strokeWidth: 2.25 }),
          Plot.lineY(rows, { x: 'year', y: 'frontier_loss', stroke: FRONTIER_COLOR, strokeWidth: 2.25 }),
          Plot.text([end], {
            x: 'year',
            y: 'meek_loss',
            text: () => 'Meek',
            dx: 6,
            dy: -7,
            textAnchor: 'start',
            fill: MEEK_COLOR,
            fontWeight: 600,
          }),
          Plot.text([end], {
            x: 'year',
            y: 'frontier_loss',
            text: () => 'Frontier',
            dx: 6,
            dy: 7,
            textAnchor: 'start',
            fill: FRONTIER_COLOR,
            fontWeight: 600,
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
                  text: () => `Gap peaks in ${Math.floor(top.year)}: ${formatNumber(top.gap, 2)} nats`,
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
      const top = peak(p);
      const end = lastRow(rows);
      const lead = p.lead === undefined ? '' : `, a frontier head start of ${formatParam(p.lead, '×')}`;
      const setting = `With frontier spend growing ${formatParam(p.g_i, '×/yr')}, hardware ${formatParam(p.g_h, '×/yr')}, algorithms ${formatParam(p.g_a, '×/yr')}, α = ${formatNumber(p.alpha)}${lead} and a meek budget of ${formatParam(p.budget, 'US$')}`;
      const start = rows[0]?.loss_gap ?? NaN;
      const story =
        top.years < 0
          ? `the loss gap is already shrinking in ${START_YEAR}, from ${formatNumber(start, 2)} to ${formatNumber(end.loss_gap ?? NaN, 2)} nats per token by ${START_YEAR + HORIZON_YEARS}`
          : top.years <= HORIZON_YEARS
            ? `the loss gap widens until ${Math.floor(top.year)}, peaking at ${formatNumber(top.gap, 2)} nats per token, then shrinks to ${formatNumber(end.loss_gap ?? NaN, 2)} by ${START_YEAR + HORIZON_YEARS}`
            : `the loss gap keeps widening through ${START_YEAR + HORIZON_YEARS}, reaching ${formatNumber(end.loss_gap ?? NaN, 2)} nats per token`;
      return `Line chart of training loss from ${START_YEAR} to ${START_YEAR + HORIZON_YEARS} for a frontier and a meek actor. ${setting}, ${story}.`;
    },
  });
}
