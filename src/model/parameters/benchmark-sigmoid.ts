/**
 * The MMLU sigmoid of loss: fitted by this publication to its benchmark
 * dataset (estimates v1), with the fit's 90% bootstrap intervals.
 */
import type { ParameterInput } from './schema.ts';

export const BENCHMARK_SIGMOID: ParameterInput[] = [
  {
    id: 'mmlu_midpoint',
    symbol: 'L½',
    label: 'MMLU sigmoid midpoint',
    unit: 'nats/token',
    default: 1.916,
    source: {
      key: 'open-closed-data',
      locator: 'estimates v1, mmlu-sigmoid-midpoint (from open-closed-benchmarks v2)',
    },
    low: 1.91,
    high: 1.924,
    distribution: 'normal',
    level: 0.9,
    note: 'The compute-implied loss at which MMLU is half-way between chance (25%) and 100%; a test keeps it equal to the fit.',
  },
  {
    id: 'mmlu_slope',
    symbol: 'k',
    label: 'MMLU sigmoid slope',
    unit: 'per nat',
    default: 13.56,
    source: {
      key: 'open-closed-data',
      locator: 'estimates v1, mmlu-sigmoid-slope (from open-closed-benchmarks v2)',
    },
    low: 11.73,
    high: 15.55,
    distribution: 'normal',
    level: 0.9,
    note: 'How fast MMLU rises as loss falls; a test keeps it equal to the fit.',
  },
];
