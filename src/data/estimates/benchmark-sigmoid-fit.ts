/**
 * Fitting the loss-to-score sigmoid (src/model/benchmark-sigmoid.ts) to
 * benchmark scores, by Levenberg–Marquardt least squares (ml-levenberg-marquardt).
 * Each model's loss is the compute-optimal loss its training compute implies
 * under Hoffmann et al.'s fit, L*(C) = 1.69 + K·C^(−γ): an approximation for
 * over-trained models, stated as such.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { benchmarkScore } from '../../model/benchmark-sigmoid.ts';
import { HOFFMANN_2022_TEX, computeOptimalModel } from '../../model/chinchilla.ts';

export interface ScorePoint {
  readonly loss: number;
  readonly score: number;
}

/**
 * Loss implied by training compute on the compute-optimal frontier.
 *
 * @example impliedLoss(1e24) // ≈ 1.90
 */
export function impliedLoss(trainingCompute: number): number {
  return computeOptimalModel(HOFFMANN_2022_TEX, trainingCompute).loss;
}

/**
 * Least-squares midpoint and slope for a fixed chance score.
 *
 * @example fitBenchmarkSigmoid(points, 0.25) // { midpoint: …, slope: … }
 */
export function fitBenchmarkSigmoid(
  points: readonly ScorePoint[],
  chance: number,
): { midpoint: number; slope: number } {
  const result = levenbergMarquardt(
    { x: points.map((p) => p.loss), y: points.map((p) => p.score) },
    ([midpoint, slope]) =>
      (loss: number) =>
        benchmarkScore(loss, { chance, midpoint: midpoint!, slope: slope! }),
    { initialValues: [2.0, 10], damping: 1e-2, maxIterations: 100, errorTolerance: 1e-10, gradientDifference: 1e-6 },
  );
  const [midpoint, slope] = result.parameterValues as [number, number];
  return { midpoint, slope };
}
