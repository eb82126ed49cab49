/**
 * The numbers meek-loss-gap gives to prose, each formatted as a value in its
 * unit ("3.3 years", "2028", "0.15 nats per token", "71 times"). What happens
 * at the ends of the sliders (no peak, a peak before the start, no head start
 * that suffices) is not a value: it is a case (./cases.ts), and the essay
 * writes a whole sentence for each.
 */
import { meekHeadStartForShrinkingGap } from '../../model/meek-head-start.ts';
import { TEST_ERROR_RATE, tokensToTellApart } from '../../model/meek-distinguishability.ts';
import { frontierCompute } from '../../model/meek-models.ts';
import { FITTED_COMPUTE, MEEK_MODELS_LOSS, ordersBeyondFit } from '../../model/power-law-loss.ts';
import { formatNumber, formatYear } from '../format.ts';
import type { FigureValue, TableRow } from '../spec.ts';
import {
  FLOP_PER_USD,
  HORIZON_YEARS,
  START_YEAR,
  THRESHOLD_FLOP,
  meekThresholdYears,
  peak,
  scenario,
  yearsToLeaveFit,
  type AnyParams,
  type Pivot,
} from './model.ts';
import type { Key } from './params.ts';

/** A duration in years: "3.3 years", "1 year". */
export function formatYears(years: number): string {
  const text = formatNumber(years, 2);
  return `${text} ${text === '1' ? 'year' : 'years'}`;
}

/** The calendar year in which something `years` after the start happens: 3.33 years → "2028". */
export function formatYearOf(years: number): string {
  return formatYear(Math.floor(START_YEAR + years));
}

/** A loss gap: "0.15 nats per token". */
export function formatNats(gap: number): string {
  return `${formatNumber(gap, 2)} nats per token`;
}

/** A share: "32%", "0.4%". */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 2)}%`;
}

/** "71 times", "1 million times". */
export function formatTimes(v: number): string {
  return v >= 1e6 ? `${WORDS.format(v)} times` : `${formatNumber(v, 2)} times`;
}
const WORDS = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 2,
});
const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 });
/** "$1,000", "$2.5 million". */
export function formatDollars(v: number): string {
  return v >= 1e6 ? `$${WORDS.format(v)}` : DOLLARS.format(v);
}

/** Compute: "7.1×10²¹ FLOP". */
export function formatFlop(flop: number): string {
  return `${formatNumber(flop, 2)} FLOP`;
}

/** Orders of magnitude: "20 orders of magnitude", "1 order of magnitude". */
export function formatOrders(orders: number): string {
  const text = formatNumber(Math.round(orders), 2);
  return `${text} ${text === '1' ? 'order' : 'orders'} of magnitude`;
}

/** Tokens: "18 tokens", "2,700 tokens". */
export function formatTokens(tokens: number): string {
  return `${formatNumber(tokens, 2)} tokens`;
}

const rate = (v: number) => `${formatNumber(v, 3)}× a year`;
const echo = (key: 'g_i' | 'g_h' | 'g_a', label: string): FigureValue<Key> => ({
  label,
  compute: (p) => p[key],
  format: rate,
});

/**
 * What holds where the time to the peak is no duration, in words for claim notes and Believe boxes
 * (FigureValue.otherwise): the peak never comes (no shared progress lifts the meek actor), or it lay before the
 * start (a head start so large that the gap is shrinking from the first year).
 *
 * @example peakTimeInWords(-1.7) // 'the gap is already shrinking at the start'
 */
export function peakTimeInWords(years: number): string | undefined {
  if (years === Infinity) return 'the gap never stops widening';
  if (years <= 0) return 'the gap is already shrinking at the start';
  return undefined;
}

/**
 * The head start at which meek-models checks that, with the frontier ahead, faster investment lengthens the time
 * the gap widens: its Claim's `at={{ lead: … }}` (remark-claims reads numbers only) and the number its sentence
 * prints (investmentClaimHeadStart); tests/prose/claim-at.test.ts fails when the two differ.
 */
export const INVESTMENT_CLAIM_HEAD_START = 25;

/** The widest loss gap the figure draws (its rows). */
export const widestGap = (rows: readonly TableRow[]) => Math.max(...rows.map((r) => r.loss_gap ?? -Infinity));

const lastGap = (rows: readonly TableRow[]) => (rows[rows.length - 1] as TableRow | undefined)?.loss_gap ?? NaN;

export function meekValues(pivot: Pivot): Record<string, FigureValue<Key>> {
  const s = (p: AnyParams) => scenario(p, pivot);
  return {
    spendGrowth: echo('g_i', 'Frontier investment growth gᵢ as set'),
    hardwareGrowth: echo('g_h', 'Hardware price-performance growth gₕ as set'),
    algorithmicGrowth: echo('g_a', 'Algorithmic efficiency growth gₐ as set'),
    frontierComputeGrowth: {
      label: 'Growth of the frontier’s training compute gᵢ·gₕ as set',
      compute: (p) => p.g_i * p.g_h,
      format: rate,
    },
    alphaValue: { label: 'Exponent α as set', compute: (p) => p.alpha, format: (a) => formatNumber(a, 3) },
    lossFloor: { label: 'Irreducible loss L₀', compute: () => MEEK_MODELS_LOSS.L0, format: (v) => formatNumber(v, 3) },
    paperAlpha: {
      label: 'Exponent α of the paper’s loss law',
      compute: () => MEEK_MODELS_LOSS.alpha,
      format: (a) => formatNumber(a, 3),
    },
    paperLossCoefficient: {
      label: 'Coefficient A of the paper’s loss law',
      compute: () => MEEK_MODELS_LOSS.A,
      format: (v) => formatNumber(v, 3),
    },
    paperTenfoldKeeps: {
      label: 'Share of the reducible loss left after ten times the compute, at the paper’s α',
      compute: () => 10 ** -MEEK_MODELS_LOSS.alpha,
      format: (v) => formatNumber(v, 2),
    },
    paperTenfoldRemoves: {
      label: 'Share of the reducible loss ten times the compute removes, at the paper’s α',
      compute: () => 1 - 10 ** -MEEK_MODELS_LOSS.alpha,
      format: formatPercent,
    },
    lossCoefficient: {
      label: 'Coefficient A of the loss law at the α as set',
      compute: (p) => s(p).loss.A,
      format: (v) => formatNumber(v, 3),
    },
    tenfoldKeeps: {
      label: 'Share of the reducible loss left after ten times the compute',
      compute: (p) => 10 ** -p.alpha,
      format: (v) => formatNumber(v, 2),
    },
    tenfoldRemoves: {
      label: 'Share of the reducible loss ten times the compute removes',
      compute: (p) => 1 - 10 ** -p.alpha,
      format: formatPercent,
    },
    billionDollarHeadStart: {
      label: 'Head start of a $1 billion run over the meek budget',
      compute: (p) => 1e9 / p.budget,
      format: formatTimes,
    },
    investmentClaimHeadStart: {
      label: 'Head start at which the essay checks what faster investment does',
      compute: () => INVESTMENT_CLAIM_HEAD_START,
      format: formatTimes,
    },
    startYear: { label: 'Year the two actors part ways', compute: () => START_YEAR, format: formatYear },
    endYear: { label: 'Last year of the figure', compute: () => START_YEAR + HORIZON_YEARS, format: formatYear },
    meekBudget: { label: 'Meek budget as set', compute: (p) => p.budget, format: formatDollars },
    peakYear: {
      label: 'Year the loss gap peaks',
      compute: (p) => peak(p, pivot).years,
      format: formatYearOf,
    },
    peakYearsAfterStart: {
      label: 'Years from the start to the peak gap',
      compute: (p) => peak(p, pivot).years,
      format: formatYears,
      otherwise: peakTimeInWords,
    },
    yearsGapWidens: {
      label: 'Time the gap keeps widening after the start',
      compute: (p) => Math.max(0, peak(p, pivot).years),
      format: formatYears,
      otherwise: peakTimeInWords,
    },
    peakGap: {
      label: 'Largest loss gap from the start on',
      compute: (p) => peak(p, pivot).gap,
      format: formatNats,
      otherwise: (gap) => (gap === Infinity ? 'the gap never stops widening, so it has no largest value' : undefined),
    },
    gapAtEnd: {
      label: `Loss gap in ${START_YEAR + HORIZON_YEARS}`,
      compute: (_p, rows) => lastGap(rows),
      format: formatNats,
    },
    headStartForShrinkingGap: {
      label: 'Head start beyond which the gap is already shrinking at the start',
      compute: (p) => meekHeadStartForShrinkingGap(s(p)),
      format: formatTimes,
    },
    finalGapShareOfPeak: {
      label: 'Gap at the end of the figure as a share of the largest gap',
      compute: (p, rows) => lastGap(rows) / peak(p, pivot).gap,
      format: formatPercent,
    },
    fittedComputeHigh: {
      label: 'Largest run the loss law is known to have been fitted on',
      compute: () => FITTED_COMPUTE.high,
      format: formatFlop,
    },
    frontierLeavesFitYear: {
      label: 'Year the frontier’s compute passes the largest run the law is known to have been fitted on',
      compute: (p) => yearsToLeaveFit(s(p), 'frontier'),
      format: formatYearOf,
    },
    meekLeavesFitYear: {
      label: 'Year the meek actor’s compute passes the largest run the law is known to have been fitted on',
      compute: (p) => yearsToLeaveFit(s(p), 'meek'),
      format: formatYearOf,
    },
    frontierComputeAtEnd: {
      label: `Frontier effective compute in ${START_YEAR + HORIZON_YEARS}`,
      compute: (p) => frontierCompute(s(p), HORIZON_YEARS),
      format: formatFlop,
    },
    frontierOrdersBeyondFitAtEnd: {
      label: `Orders of magnitude the frontier’s compute lies beyond the fit in ${START_YEAR + HORIZON_YEARS}`,
      compute: (p) => ordersBeyondFit(frontierCompute(s(p), HORIZON_YEARS)),
      format: formatOrders,
    },
    testErrorRate: {
      label: 'How often the sequential test that tells the two models apart may be wrong',
      compute: () => TEST_ERROR_RATE,
      format: formatPercent,
    },
    tokensToTellApartAtPeak: {
      // The widest gap the figure draws, which the sentence names: the model's peak can lie outside the figure, or
      // never come (no shared progress: an infinite gap, which printed "about 0 tokens").
      label:
        'Tokens a sequential test needs to tell the two models apart at the widest gap the figure shows (5% error rate)',
      compute: (_p, rows) => tokensToTellApart(widestGap(rows)),
      format: formatTokens,
    },
    tokensToTellApartAtEnd: {
      label: `Tokens a sequential test needs to tell the two models apart in ${START_YEAR + HORIZON_YEARS} (5% error rate)`,
      compute: (_p, rows) => tokensToTellApart(lastGap(rows)),
      format: formatTokens,
    },
    thresholdFlop: { label: 'The EU AI Act’s compute threshold', compute: () => THRESHOLD_FLOP, format: formatFlop },
    meekThresholdYear: {
      label: 'Year the meek actor’s effective compute passes the threshold',
      compute: (p) => meekThresholdYears(s(p)),
      format: formatYearOf,
    },
    meekPhysicalAtThreshold: {
      label: 'Physical training compute of the meek actor in that year',
      compute: (p) => p.budget * FLOP_PER_USD * p.g_h ** meekThresholdYears(s(p)),
      format: formatFlop,
    },
  };
}
