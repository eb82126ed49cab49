/**
 * Estimates a sentence about the data can be checked against (<DataClaim>, src/components/DataClaim.astro): each
 * computes, from one pinned dataset version's rows and a declared subset, a statistic with its interval, using the
 * same code as the published estimates (src/data/estimates/): Kaplan–Meier medians of the open-model lag with
 * Brookmeyer–Crowley intervals, and log-linear growth rates with a seeded percentile bootstrap. Pure: rows in,
 * numbers out; the caller reads the dataset (data-claims.ts).
 *
 * @example DATA_ESTIMATORS['benchmark-lag'].compute(rows, { from: '2025-01-01' }) // { estimate: 8.4, low: …, n: 14, … }
 */
import { bootstrap } from '../estimates/bootstrap.ts';
import { decimalYear } from '../estimates/decimal-year.ts';
import { trendPoints } from '../estimates/growth-estimates.ts';
import type { AiModel, BenchmarkScore, TrainingCost } from '../estimates/inputs.ts';
import { kaplanMeier, kaplanMeierMedian } from '../estimates/kaplan-meier.ts';
import { logLinearTrend } from '../estimates/log-linear-trend.ts';
import { closedRecordSpells, type ClosedRecordSpell, type Release } from '../estimates/open-closed-lag.ts';
import { LEVEL, SEED } from '../estimates/seed.ts';

/** Which rows an estimate reads: dates within [from, to] (YYYY-MM-DD, inclusive), one benchmark. */
export interface DataSubset {
  readonly from?: string;
  readonly to?: string;
  readonly benchmark?: string;
}

export interface DataEstimate {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Level of [low, high], e.g. 0.9. */
  readonly level: number;
  /** Observations: closed records for a lag, models for a growth rate. */
  readonly n: number;
  /** What else a reader needs, in words: "10 of 14 records not yet matched". */
  readonly detail: string;
}

export interface DataEstimator {
  /** The statistic in words, for the subset: "Kaplan–Meier median lag of closed benchmark records set from 2025-01-01 on". */
  readonly label: (subset: DataSubset) => string;
  /** Dataset name (data/<name>/v<N>/); the claim pins the version. */
  readonly dataset: string;
  readonly unit: string;
  /** The estimate as readers see it, in its unit. */
  readonly format: (value: number) => string;
  readonly compute: (rows: readonly unknown[], subset: DataSubset) => DataEstimate;
}

const inWindow = (date: string, subset: DataSubset) =>
  (!subset.from || date >= subset.from) && (!subset.to || date <= subset.to);
const window = (subset: DataSubset) =>
  subset.from && subset.to
    ? ` from ${subset.from} to ${subset.to}`
    : subset.from
      ? ` from ${subset.from} on`
      : subset.to
        ? ` up to ${subset.to}`
        : '';
const months = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} months` : 'not reached');

/** Kaplan–Meier median of closed-record spells, with its interval and how many are still unmatched. */
function survival(spells: readonly ClosedRecordSpell[]): DataEstimate {
  const km = kaplanMeierMedian(kaplanMeier(spells.map((s) => ({ time: s.months, event: s.event }))), LEVEL);
  const unmatched = spells.filter((s) => !s.event).length;
  return {
    estimate: km.median,
    low: km.low,
    high: km.high,
    level: LEVEL,
    n: spells.length,
    detail: `${unmatched} of ${spells.length} records not yet matched (counted as lags still running)`,
  };
}

const recordDate = (spell: ClosedRecordSpell<Release & { readonly day: string }>) => spell.record.day;

/** Closed benchmark records (open-closed-benchmarks), each benchmark censored at its own last score, then pooled. */
function benchmarkSpells(rows: readonly BenchmarkScore[], subset: DataSubset) {
  const benchmarks = [...new Set(rows.map((r) => r.benchmark))].filter(
    (b) => !subset.benchmark || b === subset.benchmark,
  );
  return benchmarks.flatMap((benchmark) => {
    const own = rows.filter((r) => r.benchmark === benchmark);
    const end = Math.max(...own.map((r) => decimalYear(r.date)));
    const releases = own.map((r) => ({ date: decimalYear(r.date), day: r.date, value: r.score, open: r.open }));
    return closedRecordSpells(releases, end).filter((spell) => inWindow(recordDate(spell), subset));
  });
}

/** Closed training-compute records (ai-models) since 2018, as the published compute lag counts them. */
function computeSpells(rows: readonly AiModel[], subset: DataSubset) {
  const releases = rows.flatMap((m) =>
    m.training_compute_flop && m.accessibility !== 'unknown' && m.publication_date >= '2018-01-01'
      ? [
          {
            date: decimalYear(m.publication_date),
            day: m.publication_date,
            value: m.training_compute_flop,
            open: m.accessibility === 'open-weights',
          },
        ]
      : [],
  );
  const end = Math.max(...rows.map((m) => decimalYear(m.publication_date)));
  return closedRecordSpells(releases, end).filter((spell) => inWindow(recordDate(spell), subset));
}

export const DATA_ESTIMATORS: Readonly<Record<string, DataEstimator>> = {
  'benchmark-lag': {
    label: (s) =>
      `Kaplan–Meier median of the months open-weights models took to match closed ${s.benchmark ?? 'benchmark'} records set${window(s)}`,
    dataset: 'open-closed-benchmarks',
    unit: 'months',
    format: months,
    compute: (rows, subset) => survival(benchmarkSpells(rows as BenchmarkScore[], subset)),
  },
  'compute-lag': {
    label: (s) =>
      `Kaplan–Meier median of the months open-weights models took to match closed training-compute records set${window(s) || ' since 2018'}`,
    dataset: 'ai-models',
    unit: 'months',
    format: months,
    compute: (rows, subset) => survival(computeSpells(rows as AiModel[], subset)),
  },
  'training-cost-growth': {
    label: (s) => `Growth per year of the amortised training cost of frontier models${window(s)}`,
    dataset: 'training-costs',
    unit: '×/yr',
    format: (v) => `${v.toFixed(2)}× a year`,
    compute: (rows, subset) => {
      const points = trendPoints(
        rows as TrainingCost[],
        (c) => c.amortized_hardware_energy_usd,
        subset.from ?? '0000-01-01',
        subset.to ?? '9999-12-31',
      );
      const interval = bootstrap(points, (sample) => logLinearTrend(sample).annualFactor, { seed: SEED, level: LEVEL });
      return { ...interval, level: LEVEL, n: points.length, detail: `${points.length} models, 90% bootstrap interval` };
    },
  },
  'frontier-compute-growth': {
    label: (s) => `Growth per year of the training compute of the models Epoch AI flags as frontier models${window(s)}`,
    dataset: 'ai-models',
    unit: '×/yr',
    format: (v) => `${v.toFixed(2)}× a year`,
    compute: (rows, subset) => {
      // As the published estimate frontier-compute-growth (src/data/estimates/growth-estimates.ts) counts them.
      const points = trendPoints(
        (rows as AiModel[]).filter((m) => m.frontier),
        (m) => m.training_compute_flop,
        subset.from ?? '0000-01-01',
        subset.to ?? '9999-12-31',
      );
      const interval = bootstrap(points, (sample) => logLinearTrend(sample).annualFactor, { seed: SEED, level: LEVEL });
      return { ...interval, level: LEVEL, n: points.length, detail: `${points.length} models, 90% bootstrap interval` };
    },
  },
};
