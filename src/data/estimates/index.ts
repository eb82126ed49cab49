/**
 * Every estimate, computed from the published datasets, never typed in, in a
 * fixed order. Each concept lives in its own module: growth rates
 * (growth-estimates.ts), open-model lags as survival analysis
 * (lag-estimates.ts, kaplan-meier.ts), GPU price-performance per segment in
 * real dollars (gpu-estimates.ts, gpu-segments.ts, price-index.ts), the MMLU
 * sigmoid (mmlu-estimates.ts), and the published values they are set beside
 * (published-values.ts).
 */
import type { Estimate } from './estimate.ts';
import { gpuPricePerformance } from './gpu-estimates.ts';
import {
  frontierComputeGrowth,
  frontierTop10ComputeGrowth,
  notableComputeGrowth,
  trainingCostGrowth,
} from './growth-estimates.ts';
import type { AiModel, BenchmarkScore, Chip, TrainingCost } from './inputs.ts';
import { openClosedBenchmarkLags, openClosedComputeLags } from './lag-estimates.ts';
import { mmluSigmoid } from './mmlu-estimates.ts';
import type { MonthlyIndex } from './price-index.ts';

export { agreement, type Estimate, type PublishedComparison } from './estimate.ts';
export type { AiModel, BenchmarkScore, Chip, TrainingCost } from './inputs.ts';

export interface EstimateInputs {
  readonly aiModels: { readonly rows: readonly AiModel[]; readonly id: string };
  readonly trainingCosts: { readonly rows: readonly TrainingCost[]; readonly id: string };
  readonly mlHardware: { readonly rows: readonly Chip[]; readonly id: string };
  readonly benchmarks: { readonly rows: readonly BenchmarkScore[]; readonly id: string };
  /** US CPI-U by month (data/raw/fred-cpi/CPIAUCSL.csv), to put GPU prices in real dollars. */
  readonly cpi: MonthlyIndex;
}

export function computeEstimates(data: EstimateInputs): Estimate[] {
  return [
    notableComputeGrowth(data.aiModels.rows, data.aiModels.id),
    frontierComputeGrowth(data.aiModels.rows, data.aiModels.id),
    frontierTop10ComputeGrowth(data.aiModels.rows, data.aiModels.id),
    trainingCostGrowth(data.trainingCosts.rows, data.trainingCosts.id),
    ...openClosedComputeLags(data.aiModels.rows, data.aiModels.id),
    ...openClosedBenchmarkLags(data.benchmarks.rows, data.benchmarks.id),
    ...mmluSigmoid(data.benchmarks.rows, data.benchmarks.id),
    ...gpuPricePerformance(data.mlHardware.rows, data.cpi, data.mlHardware.id),
  ];
}
