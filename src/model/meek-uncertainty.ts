/**
 * The meek-models gap under uncertainty: Monte Carlo bands of the loss gap
 * over time, and quantiles of when it peaks, with g_i, g_h, g_a and α drawn
 * from the parameter registry (Gundlach, Lynch & Thompson 2025, §3, with the
 * registry's ranges). Each is drawn from its published interval at its level,
 * so the draws of g_i centre on the measured growth of training cost (Cottier
 * et al. 2024, 2.4×/yr), not on the paper's assumed 3.6×/yr, and those of g_a
 * on √(1.81 × 5.28) ≈ 3.09×/yr. Reads the registry's plain entries
 * (parameter-entries.ts), not the zod-validated module, so a figure can run it
 * in the browser.
 */
import { randomLcg } from 'd3-random';
import { monteCarlo, selectQuantile, type MonteCarloBands } from './monte-carlo.ts';
import { parameterEntry } from './parameter-entries.ts';
import type { Parameter } from './parameters/index.ts';
import { samplerFor } from './sampling.ts';

export interface MeekUncertaintyOptions {
  readonly seed: number;
  readonly draws: number;
  /** Steps from t = 0, `stepYears` apart (yearly by default). */
  readonly years: number;
  readonly stepYears?: number;
  /** Effective compute of the meek actor at t = 0, FLOP. */
  readonly startCompute: number;
  /** Frontier compute at t = 0 as a multiple of the meek actor's (1: the paper's equal start). */
  readonly headStart?: number;
  readonly quantiles?: readonly number[];
  /** Compute at which the loss stays fixed as α is drawn; defaults to `startCompute`. */
  readonly pivotCompute?: number;
}

/** One seeded stream of (g_i, g_h, g_a, α) draws from the registry. */
function drawer(seed: number) {
  const source = randomLcg(seed);
  // parameterEntry has the shape samplerFor reads (distribution, default, low, high).
  const sample = (id: string) => samplerFor(parameterEntry(id) as Parameter, source);
  const gi = sample('g_i');
  const gh = sample('g_h');
  const ga = sample('g_a');
  const alpha = sample('alpha');
  return () => ({ spend: Math.log(gi()), shared: Math.log(gh() * ga()), alpha: alpha() });
}

/**
 * Bands of ΔL(t) = A·[C_m(t)^(−α) − C_f(t)^(−α)] with A rescaled with α so the
 * law keeps its level at `pivotCompute` (the meek-loss-gap figure, from v3, holds
 * it at the paper's starting point; that is also the default here).
 *
 * @example meekGapBands({ seed: 1, draws: 10000, years: 50, startCompute: 7e20 }).bands[1] // median gap per year
 */
export function meekGapBands(options: MeekUncertaintyOptions): MonteCarloBands {
  const draw = drawer(options.seed);
  const A0 = parameterEntry('loss_coefficient').default;
  const alpha0 = parameterEntry('alpha').default;
  const logStart = Math.log(options.startCompute);
  const logPivot = Math.log(options.pivotCompute ?? options.startCompute);
  const logLead = Math.log(options.headStart ?? 1);
  const dt = options.stepYears ?? 1;
  return monteCarlo({
    draws: options.draws,
    steps: options.years,
    quantiles: options.quantiles ?? [0.05, 0.5, 0.95],
    simulate(out) {
      const { spend, shared, alpha: a } = draw();
      const logA = Math.log(A0) + (a - alpha0) * logPivot;
      // Each reducible-loss term is geometric in t: multiply by a constant ratio each step instead of calling exp.
      let meek = Math.exp(logA - a * logStart);
      let frontier = Math.exp(logA - a * (logStart + logLead));
      const meekRatio = Math.exp(-a * shared * dt);
      const frontierRatio = Math.exp(-a * (shared + spend) * dt);
      for (let t = 0; t < out.length; t++) {
        out[t] = meek - frontier;
        meek *= meekRatio;
        frontier *= frontierRatio;
      }
    },
  });
}

/**
 * Quantiles of the peak time t* = [ln((r + s)/r) − α·ln ρ] / (α·s) over draws
 * (Infinity for a draw without shared progress).
 *
 * @example meekPeakYearsQuantiles({ seed: 1, draws: 4000, startCompute: 7e20, years: 0 }, [0.05, 0.95]) // [≈2.4, ≈6]
 */
export function meekPeakYearsQuantiles(
  options: Omit<MeekUncertaintyOptions, 'quantiles'>,
  quantiles: readonly number[],
): number[] {
  const draw = drawer(options.seed);
  const logLead = Math.log(options.headStart ?? 1);
  const peaks = new Float64Array(options.draws);
  for (let d = 0; d < options.draws; d++) {
    const { spend, shared, alpha } = draw();
    peaks[d] = shared > 0 ? (Math.log((shared + spend) / shared) - alpha * logLead) / (alpha * spend) : Infinity;
  }
  return quantiles.map((q) => selectQuantile(peaks, q));
}
