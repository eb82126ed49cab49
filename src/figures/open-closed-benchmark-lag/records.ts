/**
 * Each new closed record on a benchmark, with when it was set and how many
 * months open-weights models took to match it: the same rule as
 * closedRecordCatchUps (src/data/estimates/open-closed-lag.ts, Epoch AI 2024's
 * framing), keeping the dates so a figure can plot them. A test checks that
 * the matched lags are exactly those of closedRecordCatchUps. A record no open
 * model has matched is right-censored at the months it had stood when its
 * benchmark's data end.
 */
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { kaplanMeier, kaplanMeierMedian, type MedianWithInterval } from '../../data/estimates/kaplan-meier.ts';
import type { Release } from '../../data/estimates/open-closed-lag.ts';
import type { FigureData, TableRow } from '../spec.ts';

export const BENCHMARKS = [
  'MMLU',
  'BBH',
  'GSM1k',
  'GPQA',
  'GPQA Diamond',
  'MATH level 5',
  'SWE-bench Verified',
] as const;

export interface ClosedRecord {
  /** Decimal year the closed record was set. */
  readonly date: number;
  /** Months until an open model matched it (0 if one already had); undefined if none has. */
  readonly lagMonths: number | undefined;
}

/**
 * @example closedRecords([{ date: 2024, value: 1, open: false }, { date: 2024.5, value: 1, open: true }])[0].lagMonths // 6
 */
export function closedRecords(releases: readonly Release[]): ClosedRecord[] {
  const sorted = [...releases].sort((a, b) => a.date - b.date || b.value - a.value);
  const open = sorted.filter((r) => r.open);
  let closedBest = -Infinity;
  const records: ClosedRecord[] = [];
  for (const release of sorted) {
    if (release.open || release.value <= closedBest) continue;
    closedBest = release.value;
    const match = open.find((o) => o.value >= release.value);
    records.push({ date: release.date, lagMonths: match ? Math.max(0, (match.date - release.date) * 12) : undefined });
  }
  return records;
}

interface ScoreRow {
  readonly benchmark: string;
  readonly date: string;
  readonly score: number;
  readonly open: boolean;
}

/** Records per dataset rows: a slider redraw filters them again, it need not find them again. */
const recordCache = new WeakMap<object, TableRow[]>();

/**
 * Every closed record of every benchmark, matched or not, in date order: benchmark index, record_year,
 * lag_months (months it had stood when unmatched) and matched (1 or 0).
 */
export function recordRows(data: FigureData): TableRow[] {
  const scores = (data['open-closed-benchmarks'] ?? []) as ScoreRow[];
  const cached = recordCache.get(scores);
  if (cached) return cached;
  const records = BENCHMARKS.flatMap((benchmark, index) => {
    const rows = scores.filter((s) => s.benchmark === benchmark);
    if (rows.length === 0) return [];
    const end = Math.max(...rows.map((s) => decimalYear(s.date)));
    const releases = rows.map((s) => ({ date: decimalYear(s.date), value: s.score, open: s.open }));
    return closedRecords(releases).map((r) => ({
      benchmark: index,
      record_year: r.date,
      lag_months: r.lagMonths ?? (end - r.date) * 12,
      matched: r.lagMonths === undefined ? 0 : 1,
    }));
  }).sort((a, b) => a.record_year - b.record_year || a.benchmark - b.benchmark);
  recordCache.set(scores, records);
  return records;
}

/** @example median([3, 1, 2]) // 2 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** @example matchedLags([{ lag_months: 2, matched: 1 }, { lag_months: 5, matched: 0 }]) // [2] */
export const matchedLags = (rows: readonly TableRow[]) => rows.filter((r) => r.matched === 1).map((r) => r.lag_months!);

/**
 * Median months to match, with records not yet matched counted as lags still running (right-censored at the
 * months they had stood): the Kaplan–Meier median and its Brookmeyer–Crowley 90% interval, as estimates v2
 * computes per benchmark. An end is Infinity when the curve never gets there; all NaN for no records.
 *
 * @example censoredMedian([{ lag_months: 2, matched: 1 }, { lag_months: 4, matched: 1 }, { lag_months: 9, matched: 0 }]).median // 4
 */
export function censoredMedian(rows: readonly TableRow[]): MedianWithInterval {
  if (rows.length === 0) return { median: NaN, low: NaN, high: NaN, level: 0.9 };
  return kaplanMeierMedian(kaplanMeier(rows.map((r) => ({ time: r.lag_months!, event: r.matched === 1 }))), 0.9);
}
