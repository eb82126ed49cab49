/**
 * Seeded Monte Carlo over parameter distributions, giving quantile bands for
 * any output that is a series over steps (years). Draw values are stored in
 * one Float64Array, step-major; each quantile of a step's column is found in
 * place with d3-array's quickselect (linear time) rather than a full sort, and
 * interpolated as d3-array's quantileSorted does.
 */
import { quickselect } from 'd3-array';

export interface MonteCarloOptions {
  readonly draws: number;
  readonly steps: number;
  /** Quantiles to report, e.g. [0.05, 0.5, 0.95]. */
  readonly quantiles: readonly number[];
  /** Fills `out` (length `steps`) with one draw's series. Sampling must come from a seeded source. */
  readonly simulate: (out: Float64Array) => void;
}

export interface MonteCarloBands {
  readonly quantiles: readonly number[];
  /** bands[q][step]: the q-th quantile of the output at that step. */
  readonly bands: readonly Float64Array[];
  readonly draws: number;
}

/**
 * Quantile bands of a simulated series.
 *
 * @example monteCarlo({ draws: 1000, steps: 50, quantiles: [0.05, 0.5, 0.95], simulate: (out) => out.fill(draw()) })
 */
export function monteCarlo(options: MonteCarloOptions): MonteCarloBands {
  const { draws, steps, quantiles } = options;
  const values = new Float64Array(draws * steps);
  const series = new Float64Array(steps);
  for (let d = 0; d < draws; d++) {
    options.simulate(series);
    for (let s = 0; s < steps; s++) values[s * draws + d] = series[s]!;
  }
  const bands = quantiles.map(() => new Float64Array(steps));
  for (let s = 0; s < steps; s++) {
    const column = values.subarray(s * draws, (s + 1) * draws);
    quantiles.forEach((q, i) => {
      bands[i]![s] = selectQuantile(column, q);
    });
  }
  return { quantiles, bands, draws };
}

/**
 * The q-quantile of `column` (R-7 interpolation), reordering it in place.
 *
 * @example selectQuantile(Float64Array.of(3, 1, 2), 0.5) // 2
 */
export function selectQuantile(column: Float64Array, q: number): number {
  const n = column.length;
  if (n === 0) return NaN;
  const position = (n - 1) * q;
  const k = Math.floor(position);
  quickselect(column, k);
  const low = column[k]!;
  if (k + 1 >= n) return low;
  let high = Infinity;
  for (let j = k + 1; j < n; j++) if (column[j]! < high) high = column[j]!;
  return low + (high - low) * (position - k);
}
