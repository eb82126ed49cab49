/**
 * What an estimate is: a statistic computed from pinned dataset versions, its
 * interval and how it was made, and the published value it is set beside, with
 * the source's own words.
 */
import type { Interval } from './bootstrap.ts';

/** How an estimate's interval was computed. */
export type IntervalMethod = 'percentile-bootstrap' | 'brookmeyer-crowley';

export interface EstimateInterval extends Omit<Interval, 'resamples' | 'seed'> {
  readonly method: IntervalMethod;
  /** Bootstrap resamples and seed; absent for closed-form intervals. */
  readonly resamples?: number;
  readonly seed?: number;
}

/**
 * A published value to compare with. `status` says whether its words were
 * found: "quoted" carries a verbatim `quote` from `key` at `locator`;
 * "unverified" means no source stating it was found (the page says so);
 * "none" means there is nothing published to compare with.
 */
export interface PublishedComparison {
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  /** Confidence level of [low, high] when the source gives one (0.95); absent for a plain range. */
  readonly level?: number;
  /** The source in words, e.g. "Hobbhahn & Besiroglu 2022, Table 1". */
  readonly source: string;
  readonly status?: 'quoted' | 'unverified' | 'none';
  /** Bibliography key (src/bibliography/references.json). */
  readonly key?: string;
  /** Where in the source: section, table, page. */
  readonly locator?: string;
  /** A short verbatim quote stating the value. */
  readonly quote?: string;
}

/** For survival estimates (lags): how many closed records were matched and how many are censored. */
export interface SurvivalCounts {
  readonly matched: number;
  readonly censored: number;
  /** The median over matched records only, as estimates v1 reported it (biased low). */
  readonly matchedOnly: number;
}

export interface Estimate {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly interval: EstimateInterval;
  readonly n: number;
  /** Dataset versions the estimate reads, e.g. "ai-models v1". */
  readonly datasets: readonly string[];
  readonly method: string;
  /** First and last dates the estimate admits (inclusive), when it is limited to a window. */
  readonly window?: { readonly from: string; readonly to: string };
  readonly published: PublishedComparison;
  /** Why our estimate differs from the published one, where it does (or why it might). */
  readonly note?: string;
  readonly survival?: SurvivalCounts;
  /** For rows of a sensitivity table: the id of the estimate they vary. */
  readonly sensitivityOf?: string;
}

/**
 * Whether an estimate agrees with its published counterpart: "consistent" when
 * our interval and the published range (or value) overlap, "differs" when they
 * do not, "no-published-value" when there is nothing to compare with.
 *
 * @example agreement({ estimate: 4.1, low: 3.8, high: 4.5 }, { low: 4, high: 5, source: '' }) // 'consistent'
 */
export function agreement(
  interval: Pick<Interval, 'estimate' | 'low' | 'high'>,
  published: PublishedComparison,
): 'consistent' | 'differs' | 'no-published-value' {
  const low = published.low ?? published.value;
  const high = published.high ?? published.value;
  if (low === undefined || high === undefined) return 'no-published-value';
  return interval.low <= high && interval.high >= low ? 'consistent' : 'differs';
}
