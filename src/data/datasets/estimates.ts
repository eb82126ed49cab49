/**
 * estimates: the numbers the essays take from data (growth rates, doubling
 * time, open-vs-closed lags, the MMLU sigmoid), computed from published
 * dataset versions by src/data/estimates/, each with its seeded bootstrap
 * interval, its window and method, and the published figure it is compared
 * with. Published like any dataset, so an estimate is cited by version and
 * never changes under a reader. The site reads these rows rather than
 * recomputing them; the model's parameter registry can take data-backed
 * defaults from them (tests/data/estimates.test.ts keeps the values it quotes equal).
 */
import * as z from 'zod';
import { dateColumn, enumColumn, numberColumn, stringColumn } from '../columns.ts';
import { versionId, type DatasetDefinition, type DatasetVersionInput } from '../dataset.ts';
import {
  agreement,
  computeEstimates,
  type AiModel,
  type BenchmarkScore,
  type Chip,
  type Estimate,
  type TrainingCost,
} from '../estimates/index.ts';

/** The dataset versions the estimates read, pinned by the sha256 of their CSV. */
const INPUTS = {
  aiModels: {
    name: 'ai-models',
    version: 1,
    sha256: '8e52d2297099088717f7efe256cbdba6abd33df3192b6a6872b255896259654d',
  },
  trainingCosts: {
    name: 'training-costs',
    version: 1,
    sha256: 'abd332b420c18df0de5a6ab8430fbd9722ac0fca3f364a6c54e143a6ea4d1568',
  },
  mlHardware: {
    name: 'ml-hardware',
    version: 1,
    sha256: '5590e9da34ab1c8e7286b4834f4720a677dd5015a48380263c271abc59b8b0b3',
  },
  benchmarks: {
    name: 'open-closed-benchmarks',
    version: 2,
    sha256: 'b0560f09fecb0ffc334d64f8313c191bae8c422254899b5715964c52808e019e',
  },
} as const satisfies Record<string, DatasetVersionInput>;

export const AGREEMENT = ['consistent', 'differs', 'no-published-value'] as const;

/** Significant digits kept: far below any interval's width, and safe from last-bit differences between machines. */
const DIGITS = 6;
const round = (x: number) => Number(x.toPrecision(DIGITS));

export const estimatesSchema = z.object({
  id: stringColumn({ description: 'Stable identifier of the estimate, e.g. frontier-compute-growth.' }),
  label: stringColumn({ description: 'What is estimated, in words.' }),
  unit: stringColumn({ description: 'Unit of estimate, low, high and the published values (×/yr, months, years, …).' }),
  estimate: numberColumn({ description: `The statistic on the full data (${DIGITS} significant digits).` }),
  low: numberColumn({ description: 'Lower end of the percentile bootstrap interval.' }),
  high: numberColumn({ description: 'Upper end of the percentile bootstrap interval.' }),
  level: numberColumn({ description: 'Confidence level of the interval, e.g. 0.9.', unit: 'fraction' }, { min: 0 }),
  resamples: numberColumn({ description: 'Bootstrap resamples.', unit: 'resamples' }, { min: 1 }),
  seed: numberColumn({ description: 'Seed of the bootstrap’s random numbers (d3-random’s LCG).' }, { min: 0 }),
  n: numberColumn(
    { description: 'Observations the estimate uses (models, chips or scores).', unit: 'observations' },
    { min: 0 },
  ),
  window_from: dateColumn({ description: 'First publication date admitted.' }, { optional: true }),
  window_to: dateColumn({ description: 'Last publication date admitted.' }, { optional: true }),
  datasets: stringColumn({ description: 'Dataset versions read, separated by "; ", e.g. "ai-models v1".' }),
  method: stringColumn({ description: 'How the estimate and its interval are computed.' }),
  published_value: numberColumn(
    { description: 'The published central value, where there is one.' },
    { optional: true },
  ),
  published_low: numberColumn({ description: 'Lower end of the published range or interval.' }, { optional: true }),
  published_high: numberColumn({ description: 'Upper end of the published range or interval.' }, { optional: true }),
  published_source: stringColumn({ description: 'Where the published value comes from.' }),
  agreement: enumColumn(AGREEMENT, {
    description:
      'consistent when our interval overlaps the published range (or contains the published value), differs when it does not, no-published-value when there is nothing to compare with.',
  }),
  note: stringColumn(
    { description: 'Why our estimate differs from the published one, where it does or might.' },
    { optional: true },
  ),
});

/** A row of the published table, as estimatesSchema validates it (blank optional cells are undefined). */
export interface EstimateRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly level: number;
  readonly resamples: number;
  readonly seed: number;
  readonly n: number;
  readonly window_from?: string;
  readonly window_to?: string;
  readonly datasets: string;
  readonly method: string;
  readonly published_value?: number;
  readonly published_low?: number;
  readonly published_high?: number;
  readonly published_source: string;
  readonly agreement: (typeof AGREEMENT)[number];
  readonly note?: string;
}

/** An estimate as a row of the published table. */
export function estimateToRow(e: Estimate): EstimateRow {
  const interval = { estimate: round(e.interval.estimate), low: round(e.interval.low), high: round(e.interval.high) };
  return {
    id: e.id,
    label: e.label,
    unit: e.unit,
    ...interval,
    level: e.interval.level,
    resamples: e.interval.resamples,
    seed: e.interval.seed,
    n: e.n,
    window_from: e.window?.from,
    window_to: e.window?.to,
    datasets: e.datasets.join('; '),
    method: e.method,
    published_value: e.published.value,
    published_low: e.published.low,
    published_high: e.published.high,
    published_source: e.published.source,
    agreement: agreement(interval, e.published),
    note: e.note,
  };
}

/** A published row back as an estimate, the shape the site's pages read. */
export function rowToEstimate(row: EstimateRow): Estimate & { readonly agreement: EstimateRow['agreement'] } {
  const defined = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  return {
    id: row.id,
    label: row.label,
    unit: row.unit,
    interval: {
      estimate: row.estimate,
      low: row.low,
      high: row.high,
      level: row.level,
      resamples: row.resamples,
      seed: row.seed,
    },
    n: row.n,
    datasets: row.datasets.split('; '),
    method: row.method,
    ...(row.window_from && row.window_to ? { window: { from: row.window_from, to: row.window_to } } : {}),
    published: {
      ...defined('value', row.published_value),
      ...defined('low', row.published_low),
      ...defined('high', row.published_high),
      source: row.published_source,
    },
    ...defined('note', row.note),
    agreement: row.agreement,
  };
}

const inputList = Object.values(INPUTS).map((input) => versionId(input.name, input.version));

export const estimates: DatasetDefinition<typeof estimatesSchema> = {
  name: 'estimates',
  version: 1,
  date: '2026-11-22',
  title: 'Estimates from the datasets, beside the published figures',
  description: `Growth of frontier training compute and cost, the doubling time of GPU price-performance, how many months open-weights models lag closed ones (in compute and per benchmark) and the MMLU sigmoid, each computed from ${inputList.join(', ')} with a seeded 90% bootstrap interval, and set beside the value Epoch AI or the paper published, with a note where they differ.`,
  licence: 'CC BY 4.0',
  attribution: `Open & Closed, computed from ${inputList.join(', ')}, which derive from Epoch AI’s data (CC BY 4.0); CC BY 4.0.`,
  inputs: [],
  datasetInputs: Object.values(INPUTS),
  schema: estimatesSchema,
  key: ['id'],
  build(_raw, datasets) {
    const rows = (input: DatasetVersionInput) => ({
      id: versionId(input.name, input.version),
      rows: datasets[input.name] ?? [],
    });
    return computeEstimates({
      aiModels: rows(INPUTS.aiModels) as unknown as { id: string; rows: readonly AiModel[] },
      trainingCosts: rows(INPUTS.trainingCosts) as unknown as { id: string; rows: readonly TrainingCost[] },
      mlHardware: rows(INPUTS.mlHardware) as unknown as { id: string; rows: readonly Chip[] },
      benchmarks: rows(INPUTS.benchmarks) as unknown as { id: string; rows: readonly BenchmarkScore[] },
    }).map((e) => estimateToRow(e) as z.input<typeof estimatesSchema>);
  },
};
