/**
 * The MMLU score as a sigmoid of compute-implied loss: midpoint (loss at
 * half-way between chance and 1) and slope, fitted to open-closed-benchmarks.
 * No published counterpart: these feed the registry's mmlu_midpoint and mmlu_slope.
 */
import { fitBenchmarkSigmoid, impliedLoss, type ScorePoint } from './benchmark-sigmoid-fit.ts';
import { bootstrap } from './bootstrap.ts';
import type { Estimate } from './estimate.ts';
import type { BenchmarkScore } from './inputs.ts';
import { NO_PUBLISHED_VALUE } from './published-values.ts';
import { LEVEL, SEED } from './seed.ts';

/** Resamples for the sigmoid fit: each one is a full least-squares fit, so fewer than for a regression. */
const SIGMOID_RESAMPLES = 200;

export function mmluSigmoid(scores: readonly BenchmarkScore[], dataset: string): Estimate[] {
  const points: ScorePoint[] = scores.flatMap((s) =>
    s.benchmark === 'MMLU' && s.training_compute_flop
      ? [{ loss: impliedLoss(s.training_compute_flop), score: s.score }]
      : [],
  );
  const method =
    'Levenberg–Marquardt least squares of score = 0.25 + 0.75 / (1 + e^(slope·(L − midpoint))) on MMLU scores, with L the compute-optimal loss implied by each model’s training compute under Hoffmann et al.’s fit (an approximation for over-trained models); 90% percentile bootstrap over models (200 resamples, seeded).';
  const fitted = (pick: (fit: ReturnType<typeof fitBenchmarkSigmoid>) => number): Estimate['interval'] => ({
    ...bootstrap(points, (sample) => pick(fitBenchmarkSigmoid(sample, 0.25)), {
      seed: SEED,
      level: LEVEL,
      resamples: SIGMOID_RESAMPLES,
    }),
    method: 'percentile-bootstrap',
  });
  const common = { n: points.length, datasets: [dataset], method, published: NO_PUBLISHED_VALUE };
  return [
    {
      id: 'mmlu-sigmoid-midpoint',
      label: 'MMLU sigmoid: loss at half-way between chance and a perfect score',
      unit: 'nats/token',
      interval: fitted((fit) => fit.midpoint),
      ...common,
    },
    {
      id: 'mmlu-sigmoid-slope',
      label: 'MMLU sigmoid: steepness',
      unit: 'per nat',
      interval: fitted((fit) => fit.slope),
      ...common,
    },
  ];
}
