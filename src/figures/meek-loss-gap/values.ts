/**
 * The numbers meek-loss-gap gives to prose, formatted as what the model means:
 * at the ends of the sliders a value reads "never: the gap widens for ever" or
 * "already shrinking in 2025", never ∞, NaN, a lone dash or a negative duration.
 */
import { meekHeadStartForShrinkingGap } from '../../model/meek-head-start.ts';
import { MEEK_MODELS_LOSS } from '../../model/power-law-loss.ts';
import { formatNumber } from '../format.ts';
import type { FigureValue, TableRow } from '../spec.ts';
import { HORIZON_YEARS, START_YEAR, peak, scenario, type AnyParams, type Pivot } from './model.ts';
import type { Key } from './params.ts';

const NEVER = 'never: without shared progress the gap widens for ever';
const ALREADY = `none: the gap is already shrinking in ${START_YEAR}`;

/** Years to the peak: "3.3 years"; words when it never comes or has passed. */
export function formatYearsToPeak(years: number): string {
  if (years === Infinity) return NEVER;
  if (!(years >= 0)) return ALREADY;
  return `${formatNumber(years, 2)} ${years === 1 ? 'year' : 'years'}`;
}

/** Calendar year of the peak, or what happens instead. */
export function formatPeakYear(year: number): string {
  if (year === Infinity) return 'never: the gap widens for ever';
  if (!(year >= START_YEAR)) return `already shrinking in ${START_YEAR}`;
  return String(Math.floor(year));
}

/** Largest gap in nats per token. */
export function formatPeakGap(gap: number): string {
  if (gap === Infinity) return 'unbounded: it keeps widening';
  if (!Number.isFinite(gap)) return 'not defined for these settings';
  return `${formatNumber(gap, 2)} nats per token`;
}

/** Gap at the horizon as a share of the largest gap; 1 means it is still at its largest. */
export function formatShareOfPeak(share: number): string {
  if (!(share < 1)) return `all of it: the gap is still widening in ${START_YEAR + HORIZON_YEARS}`;
  if (share < 0.001) return 'less than 0.1%';
  return `${formatNumber(share * 100, 2)}%`;
}

/** Head start beyond which the gap shrinks from the start. */
export function formatHeadStart(rho: number): string {
  if (rho === Infinity) return 'no head start is enough: without shared progress the gap never shrinks';
  return formatTimes(rho);
}

/** How long the lead in loss grows: "for 3.3 years, until 2028", or what happens instead. */
export function formatPeakWhen(years: number): string {
  if (years === Infinity) return 'for ever: without shared progress nothing lifts the meek actor';
  if (!(years >= 0)) return `not at all: it is already shrinking in ${START_YEAR}`;
  return `for ${formatYearsToPeak(years)}, until ${Math.floor(START_YEAR + years)}`;
}

/** "71 times", "1 million times"; words for a multiple below one. */
export function formatTimes(v: number): string {
  if (!Number.isFinite(v)) return 'not defined for these settings';
  if (v < 1) return 'none: the meek budget is the larger';
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

const rate = (v: number) => `${formatNumber(v, 3)}× a year`;
const echo = (key: 'g_i' | 'g_h' | 'g_a', label: string): FigureValue<Key> => ({
  label,
  compute: (p) => p[key],
  format: rate,
});

export function meekValues(pivot: Pivot): Record<string, FigureValue<Key>> {
  return {
    spendGrowth: echo('g_i', 'Frontier spend growth gᵢ as set'),
    hardwareGrowth: echo('g_h', 'Hardware price-performance growth gₕ as set'),
    algorithmicGrowth: echo('g_a', 'Algorithmic efficiency growth gₐ as set'),
    alphaValue: { label: 'Exponent α as set', compute: (p) => p.alpha, format: (a) => formatNumber(a, 3) },
    lossFloor: { label: 'Irreducible loss L₀', compute: () => MEEK_MODELS_LOSS.L0, format: (v) => formatNumber(v, 3) },
    lossCoefficient: {
      label: 'Coefficient A of the loss law at the α as set',
      compute: (p) => scenario(p as AnyParams, pivot).loss.A,
      format: (v) => formatNumber(v, 3),
    },
    tenfoldKeeps: {
      label: 'Share of the reducible loss left after ten times the compute, 10^(−α)',
      compute: (p) => 10 ** -p.alpha,
      format: (v) => formatNumber(v, 2),
    },
    tenfoldRemoves: {
      label: 'Share of the reducible loss ten times the compute removes, 1 − 10^(−α)',
      compute: (p) => 1 - 10 ** -p.alpha,
      format: (v) => `${formatNumber(v * 100, 2)}%`,
    },
    billionDollarHeadStart: {
      label: 'Head start of a $1 billion run over the meek budget',
      compute: (p) => 1e9 / p.budget,
      format: formatTimes,
    },
    startYear: { label: 'Year the two actors part ways (t = 0)', compute: () => START_YEAR, format: String },
    meekBudget: { label: 'Meek budget as set', compute: (p) => p.budget, format: formatDollars },
    peakWhen: {
      label: 'How long the frontier’s lead in loss grows',
      compute: (p) => peak(p, pivot).years,
      format: formatPeakWhen,
    },
    peakYear: {
      label: 'Year the loss gap peaks',
      compute: (p) => START_YEAR + peak(p, pivot).years,
      format: formatPeakYear,
    },
    peakYearsAfterStart: {
      label: 'Years from the start to the peak gap',
      compute: (p) => peak(p, pivot).years,
      format: formatYearsToPeak,
    },
    peakGap: {
      label: 'Largest loss gap from the start on, nats per token',
      compute: (p) => peak(p, pivot).gap,
      format: formatPeakGap,
    },
    headStartForShrinkingGap: {
      label: 'Head start beyond which the gap is already shrinking at the start',
      compute: (p) => meekHeadStartForShrinkingGap(scenario(p as AnyParams, pivot)),
      format: formatHeadStart,
    },
    finalGapShareOfPeak: {
      label: 'Gap at the horizon as a share of the largest gap',
      compute: (p, rows) => {
        const top = peak(p, pivot);
        if (!(top.years <= HORIZON_YEARS)) return 1;
        const end = (rows[rows.length - 1] as TableRow | undefined)?.loss_gap ?? NaN;
        return Math.min(1, end / top.gap);
      },
      format: formatShareOfPeak,
    },
  };
}
