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
import { logLinearTrend, type Point } from '../estimates/log-linear-trend.ts';
import { closedRecordSpells, type ClosedRecordSpell, type Release } from '../estimates/open-closed-lag.ts';
import { MONTH_NAMES } from '../estimates/month-names.ts';
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
  /**
   * The first date the estimate counts from whatever the subset (YYYY-MM-DD), when it has one: an essay saying
   * "since 2018" beside the claim repeats it (tests/authoring/data-claim-window.test.ts checks the two agree).
   */
  readonly since?: string;
}

const inWindow = (date: string, subset: DataSubset) =>
  (!subset.from || date >= subset.from) && (!subset.to || date <= subset.to);
/** A YYYY-MM-DD date as readers write it: "1 January 2025". */
const day = (date: string) => {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${year}`;
};
/** The subset's dates in words: " in 2025" for one calendar year, " from 1 January 2025 on", … */
const window = (subset: DataSubset) => {
  const { from, to } = subset;
  if (from && to && from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return ` in ${from.slice(0, 4)}`;
  if (from && to) return ` from ${day(from)} to ${day(to)}`;
  if (from) return ` from ${day(from)} on`;
  return to ? ` up to ${day(to)}` : '';
};
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
    detail: `${unmatched} of ${spells.length} records not yet matched, counted as lags still running`,
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

/** The first publication date of the closed training-compute records the compute lag counts. */
const COMPUTE_RECORDS_SINCE = '2018-01-01';

/** Closed training-compute records (ai-models) since 2018, as the published compute lag counts them. */
function computeSpells(rows: readonly AiModel[], subset: DataSubset) {
  const releases = rows.flatMap((m) =>
    m.training_compute_flop && m.accessibility !== 'unknown' && m.publication_date >= COMPUTE_RECORDS_SINCE
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

/** The first date of record runs the trend reads, as budget-frontier's fit. */
const RECORDS_FROM = '2016-01-01';

const cost = (row: TrainingCost) => row.amortized_hardware_energy_usd ?? 0;

/** Runs dearer than every run published before them, from RECORDS_FROM on. */
function records(rows: readonly TrainingCost[]): Point[] {
  const runs = rows
    .filter((row) => cost(row) > 0 && row.publication_date >= RECORDS_FROM)
    .map((row) => ({ x: decimalYear(row.publication_date), y: cost(row) }))
    .sort((a, b) => a.x - b.x);
  let best = 0;
  return runs.filter((run) => (run.y > best ? ((best = run.y), true) : false));
}

/**
 * How far a year's dearest training runs stand above the trend through the record runs: the second most expensive
 * run published in a window (so "both of the year's dearest runs" are above the trend when it exceeds 1), over the
 * level at the window's start of a log-linear fit to the training-cost records since 2016 (each run dearer than every
 * one before it), as budget-frontier fits its bill (src/figures/budget-frontier/anchor.ts); its interval is a seeded
 * percentile bootstrap over the records.
 */
function runnerUpOverTrend(rows: readonly TrainingCost[], subset: DataSubset): DataEstimate {
  if (!subset.from || !subset.to) throw new Error('runner-up-over-cost-trend needs a window: from="…" and to="…"');
  const at = decimalYear(subset.from);
  const inWindow = rows
    .filter((row) => cost(row) > 0 && row.publication_date >= subset.from! && row.publication_date <= subset.to!)
    .map(cost)
    .sort((a, b) => b - a);
  const runnerUp = inWindow[1];
  const points = records(rows);
  if (runnerUp === undefined || points.length < 2) {
    return { estimate: NaN, low: NaN, high: NaN, level: LEVEL, n: 0, detail: 'fewer than two runs in the window' };
  }
  const level = (sample: readonly Point[]) => {
    const trend = logLinearTrend(sample);
    return 10 ** (trend.intercept + trend.slope * at);
  };
  const ratio = (sample: readonly Point[]) => runnerUp / level(sample);
  const interval = bootstrap(points, ratio, { seed: SEED, level: LEVEL });
  return {
    ...interval,
    estimate: ratio(points),
    level: LEVEL,
    n: inWindow.length,
    detail: `${inWindow.length} runs in the window; the trend through ${points.length} record runs, 90% bootstrap interval`,
  };
}

export const DATA_ESTIMATORS: Readonly<Record<string, DataEstimator>> = {
  'benchmark-lag': {
    label: (s) =>
      `Kaplan–Meier median of the months open-weights models took to match closed ${s.benchmark ?? 'benchmark'} records${window(s) ? ` set${window(s)}` : ''}`,
    dataset: 'open-closed-benchmarks',
    unit: 'months',
    format: months,
    compute: (rows, subset) => survival(benchmarkSpells(rows as BenchmarkScore[], subset)),
  },
  'compute-lag': {
    label: (s) =>
      `Kaplan–Meier median of the months open-weights models took to match closed training-compute records set${window(s) || ` since ${COMPUTE_RECORDS_SINCE.slice(0, 4)}`}`,
    dataset: 'ai-models',
    unit: 'months',
    format: months,
    compute: (rows, subset) => survival(computeSpells(rows as AiModel[], subset)),
    since: COMPUTE_RECORDS_SINCE,
  },
  'runner-up-over-cost-trend': {
    label: (s) =>
      `The cost of the second most expensive training run published${window(s)}, over the level on ${s.from ? day(s.from) : 'that date'} of the log-linear trend through the record runs since 2016`,
    dataset: 'training-costs',
    unit: '×',
    format: (v) => `${v.toFixed(2)}×`,
    compute: (rows, subset) => runnerUpOverTrend(rows as TrainingCost[], subset),
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
