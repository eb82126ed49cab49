/**
 * Seeded, reproducible bootstrap confidence intervals (Efron 1979; percentile
 * method): resample the observations with replacement, recompute the
 * statistic, take quantiles. d3-random's LCG makes the same seed give the same
 * interval on every machine.
 */
import { quantileSorted } from 'd3-array';
import { randomInt, randomLcg } from 'd3-random';

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Confidence level, e.g. 0.9 for a 90% interval. */
  readonly level: number;
  readonly resamples: number;
  readonly seed: number;
}

/**
 * The statistic on the data, and its percentile bootstrap interval.
 *
 * @example bootstrap([1, 2, 3, 4], (xs) => xs.reduce((a, b) => a + b) / xs.length, { seed: 1 }).estimate // 2.5
 */
export function bootstrap<T>(
  data: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: { seed: number; resamples?: number; level?: number },
): Interval {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.9;
  const pick = randomInt.source(randomLcg(options.seed))(0, data.length);
  const values: number[] = [];
  const sample: T[] = new Array<T>(data.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < data.length; i++) sample[i] = data[pick()]!;
    const value = statistic(sample);
    if (Number.isFinite(value)) values.push(value);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return {
    estimate: statistic(data),
    low: quantileSorted(values, tail) ?? NaN,
    high: quantileSorted(values, 1 - tail) ?? NaN,
    level,
    resamples,
    seed: options.seed,
  };
}
