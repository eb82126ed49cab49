/**
 * The columns of the estimates dataset (v2), and the two-way mapping between
 * an Estimate and a published row. A blank estimate, low or high is a
 * Kaplan–Meier median or interval end the curve never reaches ("not
 * reached"), read back as Infinity.
 */
import * as z from 'zod';
import { dateColumn, enumColumn, numberColumn, stringColumn } from '../columns.ts';
import { agreement, type Estimate, type PublishedComparison } from '../estimates/estimate.ts';

export const AGREEMENT = ['consistent', 'differs', 'no-published-value'] as const;
export const INTERVAL_METHODS = ['percentile-bootstrap', 'brookmeyer-crowley'] as const;
export const PUBLISHED_STATUS = ['quoted', 'unverified', 'none'] as const;

/** Significant digits kept: far below any interval's width, and safe from last-bit differences between machines. */
const DIGITS = 6;
const round = (x: number) => Number(x.toPrecision(DIGITS));
const finite = (x: number) => (Number.isFinite(x) ? round(x) : undefined);
const NOT_REACHED = 'Blank when a Kaplan–Meier curve never reaches it (“not reached”).';

export const estimatesSchema = z.object({
  id: stringColumn({ description: 'Stable identifier of the estimate, e.g. frontier-compute-growth.' }),
  label: stringColumn({ description: 'What is estimated, in words.' }),
  unit: stringColumn({ description: 'Unit of estimate, low, high and the published values (×/yr, months, years, …).' }),
  estimate: numberColumn(
    { description: `The statistic on the full data (${DIGITS} significant digits). ${NOT_REACHED}` },
    { optional: true },
  ),
  low: numberColumn({ description: `Lower end of the interval. ${NOT_REACHED}` }, { optional: true }),
  high: numberColumn({ description: `Upper end of the interval. ${NOT_REACHED}` }, { optional: true }),
  level: numberColumn({ description: 'Confidence level of the interval, e.g. 0.9.', unit: 'fraction' }, { min: 0 }),
  interval_method: enumColumn(INTERVAL_METHODS, {
    description:
      'percentile-bootstrap: seeded percentile bootstrap (Efron 1979); brookmeyer-crowley: Brookmeyer & Crowley (1982) interval for a Kaplan–Meier median.',
  }),
  resamples: numberColumn(
    { description: 'Bootstrap resamples (blank for closed-form intervals).', unit: 'resamples' },
    { min: 1, optional: true },
  ),
  seed: numberColumn(
    { description: 'Seed of the bootstrap’s random numbers (d3-random’s LCG); blank for closed-form intervals.' },
    { min: 0, optional: true },
  ),
  n: numberColumn(
    {
      description: 'Observations the estimate uses (models, chips, scores, or for lags closed records).',
      unit: 'observations',
    },
    { min: 0 },
  ),
  matched: numberColumn(
    { description: 'Lags: closed records an open model has matched (events).', unit: 'records' },
    { min: 0, optional: true },
  ),
  censored: numberColumn(
    {
      description: 'Lags: closed records still unmatched at the data’s last date (right-censored there).',
      unit: 'records',
    },
    { min: 0, optional: true },
  ),
  matched_only_estimate: numberColumn(
    { description: 'Lags: the median over matched records only, as estimates v1 computed it (biased low).' },
    { optional: true },
  ),
  window_from: dateColumn({ description: 'First date admitted.' }, { optional: true }),
  window_to: dateColumn(
    { description: 'Last date admitted (for lags, the date unmatched records are censored at).' },
    { optional: true },
  ),
  datasets: stringColumn({ description: 'Dataset versions read, separated by "; ", e.g. "ai-models v1".' }),
  method: stringColumn({ description: 'How the estimate and its interval are computed.' }),
  published_value: numberColumn(
    { description: 'The published central value, where there is one.' },
    { optional: true },
  ),
  published_low: numberColumn({ description: 'Lower end of the published range or interval.' }, { optional: true }),
  published_high: numberColumn({ description: 'Upper end of the published range or interval.' }, { optional: true }),
  published_level: numberColumn(
    { description: 'Confidence level of the published interval, where the source states one.', unit: 'fraction' },
    { min: 0, optional: true },
  ),
  published_source: stringColumn({ description: 'Where the published value comes from, in words.' }),
  published_status: enumColumn(PUBLISHED_STATUS, {
    description:
      'quoted: published_quote states the value, at published_locator of published_key; unverified: no text stating it was found; none: nothing published to compare with.',
  }),
  published_key: stringColumn({ description: 'Bibliography key of the source.' }, { optional: true }),
  published_locator: stringColumn({ description: 'Where in the source: section, table, row.' }, { optional: true }),
  published_quote: stringColumn(
    { description: 'A short verbatim quote from the source stating the value.' },
    { optional: true },
  ),
  agreement: enumColumn(AGREEMENT, {
    description:
      'consistent when our interval overlaps the published range (or contains the published value), differs when it does not, no-published-value when there is nothing to compare with.',
  }),
  sensitivity_of: stringColumn(
    {
      description: 'For rows of a sensitivity table: the id of the estimate they vary (here, by first year admitted).',
    },
    { optional: true },
  ),
  note: stringColumn(
    { description: 'Why our estimate differs from the published one, where it does or might.' },
    { optional: true },
  ),
});

/** A row of the published table (v2 columns; rows of v1 lack the columns v2 added). */
export interface EstimateRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly estimate?: number;
  readonly low?: number;
  readonly high?: number;
  readonly level: number;
  readonly interval_method?: (typeof INTERVAL_METHODS)[number];
  readonly resamples?: number;
  readonly seed?: number;
  readonly n: number;
  readonly matched?: number;
  readonly censored?: number;
  readonly matched_only_estimate?: number;
  readonly window_from?: string;
  readonly window_to?: string;
  readonly datasets: string;
  readonly method: string;
  readonly published_value?: number;
  readonly published_low?: number;
  readonly published_high?: number;
  readonly published_level?: number;
  readonly published_source: string;
  readonly published_status?: (typeof PUBLISHED_STATUS)[number];
  readonly published_key?: string;
  readonly published_locator?: string;
  readonly published_quote?: string;
  readonly agreement: (typeof AGREEMENT)[number];
  readonly sensitivity_of?: string;
  readonly note?: string;
}

/** An estimate as a row of the published table. */
export function estimateToRow(e: Estimate): EstimateRow {
  const rounded = { estimate: round(e.interval.estimate), low: round(e.interval.low), high: round(e.interval.high) };
  const p = e.published;
  return {
    id: e.id,
    label: e.label,
    unit: e.unit,
    estimate: finite(e.interval.estimate),
    low: finite(e.interval.low),
    high: finite(e.interval.high),
    level: e.interval.level,
    interval_method: e.interval.method,
    resamples: e.interval.resamples,
    seed: e.interval.seed,
    n: e.n,
    matched: e.survival?.matched,
    censored: e.survival?.censored,
    matched_only_estimate: e.survival ? finite(e.survival.matchedOnly) : undefined,
    window_from: e.window?.from,
    window_to: e.window?.to,
    datasets: e.datasets.join('; '),
    method: e.method,
    published_value: p.value,
    published_low: p.low,
    published_high: p.high,
    published_level: p.level,
    published_source: p.source,
    published_status: p.status ?? ((p.value ?? p.low ?? p.high) === undefined ? 'none' : 'unverified'),
    published_key: p.key,
    published_locator: p.locator,
    published_quote: p.quote,
    agreement: agreement(rounded, p),
    sensitivity_of: e.sensitivityOf,
    note: e.note || undefined,
  };
}

const defined = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
const orInfinity = (x: number | undefined) => x ?? Infinity;

/** A published row (of any version) back as an estimate, the shape the site's pages read. */
export function rowToEstimate(row: EstimateRow): Estimate & { readonly agreement: EstimateRow['agreement'] } {
  const published: PublishedComparison = {
    ...defined('value', row.published_value),
    ...defined('low', row.published_low),
    ...defined('high', row.published_high),
    ...defined('level', row.published_level),
    source: row.published_source,
    ...defined('status', row.published_status),
    ...defined('key', row.published_key),
    ...defined('locator', row.published_locator),
    ...defined('quote', row.published_quote),
  };
  return {
    id: row.id,
    label: row.label,
    unit: row.unit,
    interval: {
      estimate: orInfinity(row.estimate),
      low: orInfinity(row.low),
      high: orInfinity(row.high),
      level: row.level,
      method: row.interval_method ?? 'percentile-bootstrap',
      ...defined('resamples', row.resamples),
      ...defined('seed', row.seed),
    },
    n: row.n,
    datasets: row.datasets.split('; '),
    method: row.method,
    ...(row.window_from && row.window_to ? { window: { from: row.window_from, to: row.window_to } } : {}),
    published,
    ...defined('note', row.note),
    ...(row.matched !== undefined && row.censored !== undefined
      ? {
          survival: {
            matched: row.matched,
            censored: row.censored,
            matchedOnly: row.matched_only_estimate ?? NaN,
          },
        }
      : {}),
    ...defined('sensitivityOf', row.sensitivity_of),
    agreement: row.agreement,
  };
}
