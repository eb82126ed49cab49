/**
 * From loss to benchmark score: a logistic curve rising from the chance score
 * to 1 as loss falls, score(L) = chance + (1 − chance) / (1 + e^(slope·(L − midpoint))).
 * The shape follows the sigmoids of Gundlach, Lynch & Thompson 2025 (§4) and
 * of Ruan et al. 2024 ("Observational Scaling Laws"); our parameters for MMLU
 * are fitted to the open-closed-benchmarks dataset (see the registry's
 * mmlu_midpoint and mmlu_slope, and /data/open-closed-benchmarks/).
 */
export interface BenchmarkSigmoid {
  /** Score of random guessing (0.25 for four-option multiple choice). */
  readonly chance: number;
  /** Loss at which the score is half-way between chance and 1, nats/token. */
  readonly midpoint: number;
  /** Steepness: how fast the score rises as loss falls, per nat. */
  readonly slope: number;
}

/**
 * @example benchmarkScore(2.0, { chance: 0.25, midpoint: 2.0, slope: 20 }) // 0.625
 */
export function benchmarkScore(loss: number, s: BenchmarkSigmoid): number {
  return s.chance + (1 - s.chance) / (1 + Math.exp(s.slope * (loss - s.midpoint)));
}

/**
 * The loss a model needs for a given score: the sigmoid's inverse.
 *
 * @example lossForScore(0.625, { chance: 0.25, midpoint: 2.0, slope: 20 }) // 2.0
 */
export function lossForScore(score: number, s: BenchmarkSigmoid): number {
  if (score <= s.chance || score >= 1) return score >= 1 ? -Infinity : Infinity;
  return s.midpoint + Math.log((1 - s.chance) / (score - s.chance) - 1) / s.slope;
}
