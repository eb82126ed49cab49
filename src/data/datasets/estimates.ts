/**
 * estimates: the numbers the essays take from data (growth rates, doubling
 * times, open-vs-closed lags, the MMLU sigmoid), computed from published
 * dataset versions by src/data/estimates/, each with its interval, window and
 * method, and the published figure it is compared with, quoted from its
 * source. Published like any dataset, so an estimate is cited by version and
 * never changes under a reader. The site reads these rows rather than
 * recomputing them; the model's parameter registry can take data-backed
 * defaults from them (tests/data/estimates.test.ts keeps the values it quotes equal).
 *
 * v2 (see data/CHANGELOG.md): lags as Kaplan–Meier medians with censoring and
 * a language-model lag; GPU price-performance in real dollars and per market
 * segment, with its start-year sensitivity; every comparison value quoted.
 */
import { versionId, type DatasetDefinition, type DatasetVersionInput, type RawInput } from '../dataset.ts';
import {
  computeEstimates,
  type AiModel,
  type BenchmarkScore,
  type Chip,
  type TrainingCost,
} from '../estimates/index.ts';
import { parseMonthlyIndex } from '../estimates/price-index.ts';
import { estimateToRow, estimatesSchema } from './estimates-schema.ts';
import type * as z from 'zod';

export { AGREEMENT, estimateToRow, estimatesSchema, rowToEstimate, type EstimateRow } from './estimates-schema.ts';

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

/** The US consumer price index, to state GPU prices in real dollars (data/raw/fred-cpi/PROVENANCE.md). */
const CPI: RawInput = {
  path: 'fred-cpi/CPIAUCSL.csv',
  sha256: '0f0dd61a6bd9803019fd58d6370351dab4272407a92fe6210fdb5ae59086101d',
  origin:
    'U.S. Bureau of Labor Statistics, CPI-U all items (FRED series CPIAUCSL), as mirrored in https://github.com/open-datahub/unemployment (CPIAUCSL.csv)',
  commit: '89be22bf4082fabd33c6ed0c89986dbf7bc2c837',
  licence: 'Public domain (US government data)',
};

const inputList = Object.values(INPUTS).map((input) => versionId(input.name, input.version));

export const estimates: DatasetDefinition<typeof estimatesSchema> = {
  name: 'estimates',
  version: 2,
  date: '2026-11-23',
  title: 'Estimates from the datasets, beside the published figures',
  description: `Growth of frontier training compute and cost, the doubling time of GPU price-performance in real dollars (all GPUs, consumer and data-centre boards, by first year), how many months open-weights models take to match closed records (Kaplan–Meier, with unmatched records censored; in compute for all and for language models, and per benchmark) and the MMLU sigmoid, each computed from ${inputList.join(', ')} and the US CPI-U with its 90% interval, and set beside the value its source published, quoted, with a note where they differ.`,
  licence: 'CC BY 4.0',
  attribution: `Open & Closed, computed from ${inputList.join(', ')}, which derive from Epoch AI’s data (CC BY 4.0), and the US BLS CPI-U (public domain); CC BY 4.0.`,
  inputs: [CPI],
  datasetInputs: Object.values(INPUTS),
  schema: estimatesSchema,
  key: ['id'],
  build(raw, datasets) {
    const rows = (input: DatasetVersionInput) => ({
      id: versionId(input.name, input.version),
      rows: datasets[input.name] ?? [],
    });
    return computeEstimates({
      aiModels: rows(INPUTS.aiModels) as unknown as { id: string; rows: readonly AiModel[] },
      trainingCosts: rows(INPUTS.trainingCosts) as unknown as { id: string; rows: readonly TrainingCost[] },
      mlHardware: rows(INPUTS.mlHardware) as unknown as { id: string; rows: readonly Chip[] },
      benchmarks: rows(INPUTS.benchmarks) as unknown as { id: string; rows: readonly BenchmarkScore[] },
      cpi: parseMonthlyIndex(raw[CPI.path] ?? '', `data/raw/${CPI.path}`),
    }).map((e) => estimateToRow(e) as z.input<typeof estimatesSchema>);
  },
};
