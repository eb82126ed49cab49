/**
 * The meek-models gap under uncertainty: Monte Carlo bands of the loss gap
 * over yearly steps, with g_i, g_h, g_a and α drawn from the parameter registry
 * (Gundlach, Lynch & Thompson 2025, §3, with the registry's ranges). Each is drawn
 * from its published interval at its level, so the draws of g_i centre on the
 * measured growth of training cost (Cottier et al. 2024, 2.4×/yr), not on the
 * paper's assumed 3.6×/yr, and those of g_a on √(1.81 × 5.28) ≈ 3.09×/yr.
 */
import { randomLcg } from 'd3-random';
import { monteCarlo, type MonteCarloBands } from './monte-carlo.ts';
import { parameter } from './parameters/index.ts';
import { samplerFor } from './sampling.ts';

export interface MeekUncertaintyOptions {
  readonly seed: number;
  readonly draws: number;
  /** Yearly steps from t = 0. */
  readonly years: number;
  /** Effective compute of both actors at t = 0 (the paper's equal start), FLOP. */
  readonly startCompute: number;
  readonly quantiles?: readonly number[];
}

/**
 * Bands of ΔL(t) = A·[C_m(t)^(−α) − C_f(t)^(−α)] with A rescaled with α so the
 * law keeps its level at 10²⁵ FLOP (as the meek-loss-gap figure does).
 *
 * @example meekGapBands({ seed: 1, draws: 10000, years: 50, startCompute: 7e20 }).bands[1] // median gap per year
 */
export function meekGapBands(options: MeekUncertaintyOptions): MonteCarloBands {
  const source = randomLcg(options.seed);
  const gi = samplerFor(parameter('g_i'), source);
  const gh = samplerFor(parameter('g_h'), source);
  const ga = samplerFor(parameter('g_a'), source);
  const alpha = samplerFor(parameter('alpha'), source);
  const A0 = parameter('loss_coefficient').default;
  const alpha0 = parameter('alpha').default;
  const logStart = Math.log(options.startCompute);
  const logPivot = Math.log(1e25);
  return monteCarlo({
    draws: options.draws,
    steps: options.years,
    quantiles: options.quantiles ?? [0.05, 0.5, 0.95],
    simulate(out) {
      const a = alpha();
      const logA = Math.log(A0) + (a - alpha0) * logPivot;
      const shared = Math.log(gh() * ga());
      const spend = Math.log(gi());
      // Each reducible-loss term is geometric in t: multiply by a constant ratio each year instead of calling exp.
      let meek = Math.exp(logA - a * logStart);
      let frontier = meek;
      const meekRatio = Math.exp(-a * shared);
      const frontierRatio = Math.exp(-a * (shared + spend));
      for (let t = 0; t < out.length; t++) {
        out[t] = meek - frontier;
        meek *= meekRatio;
        frontier *= frontierRatio;
      }
    },
  });
}
