/**
 * From a state of the meek-loss-gap figure to the model's scenario, and the
 * peak of the gap, shared by the figure, its values and the essay's claims.
 */
import { H100_2025, flopPerDollar } from '../../model/compute-price.ts';
import { meekGapPeakYears, meekState, yearsUntilCompute, type MeekScenario } from '../../model/meek-models.ts';
import { parameterEntry } from '../../model/parameter-entries.ts';
import { FITTED_COMPUTE, MEEK_MODELS_LOSS, withExponent } from '../../model/power-law-loss.ts';
import type { Params } from '../spec.ts';
import type { BaseKey } from './params.ts';

export const START_YEAR = 2025;
export const HORIZON_YEARS = 20;
export const FLOP_PER_USD = flopPerDollar(H100_2025);

/**
 * Where the loss law is held fixed when α moves.
 * v1–v2 held it at 10²⁵ FLOP, far above where the meek actor starts (≈7×10²⁰ FLOP): a larger α then
 * raised the starting loss of both actors and with it the peak (0.089 nats at α = 0.10, 0.60 at 0.30).
 * From v3 it is held at the paper's own starting point, the compute its $1,000 budget buys: the gap
 * ΔL(t) = A·C₀^(−α)·[(g_h·g_a)^(−αt) − (g_i·g_h·g_a)^(−αt)] (Gundlach, Lynch & Thompson 2025, §3)
 * scales with the starting reducible loss A·C₀^(−α), which α should not move; α then sets only how
 * fast returns diminish, so at the paper's budget the peak comes at t* ∝ 1/α with the same height.
 */
export type Pivot = 'fixed-1e25' | 'paper-start';
export const PAPER_START_FLOP = parameterEntry('meek_budget').default * FLOP_PER_USD;
const pivotFlop = (pivot: Pivot) => (pivot === 'fixed-1e25' ? 1e25 : PAPER_START_FLOP);

/** Parameters of any version: `lead` exists from v2 on; v1 is the paper's equal start. */
export type AnyParams = Params<BaseKey> & Partial<Params<'lead'>>;

/** The model scenario behind a state of the figure. */
export function scenario(p: AnyParams, pivot: Pivot): MeekScenario {
  return {
    spendGrowth: p.g_i,
    hardwareGrowth: p.g_h,
    algorithmicGrowth: p.g_a,
    loss: withExponent(MEEK_MODELS_LOSS, p.alpha, pivotFlop(pivot)),
    meekCompute: p.budget * FLOP_PER_USD,
    initialComputeRatio: p.lead ?? 1,
  };
}

/** The peak of the gap: years after the start (Infinity: never; negative: before the start). */
export interface Peak {
  readonly years: number;
  /** Largest gap from the start on: at the peak, or at the start when the peak lies before it; Infinity when it never peaks. */
  readonly gap: number;
}

export function peak(p: AnyParams, pivot: Pivot): Peak {
  const s = scenario(p, pivot);
  const years = meekGapPeakYears(s);
  if (!Number.isFinite(years)) return { years, gap: Infinity };
  return { years, gap: meekState(s, Math.max(0, years)).lossGap };
}

/** Annual growth of each actor's effective compute: gₕ·gₐ for the meek actor, gᵢ·gₕ·gₐ for the frontier. */
export function computeGrowth(s: MeekScenario, actor: 'meek' | 'frontier'): number {
  const shared = s.hardwareGrowth * s.algorithmicGrowth;
  return actor === 'meek' ? shared : shared * s.spendGrowth;
}

/**
 * Years after the start at which an actor's effective compute passes the largest run the loss law was
 * fitted on (FITTED_COMPUTE.high): 0 when it starts beyond it, Infinity when it never gets there.
 */
export function yearsToLeaveFit(s: MeekScenario, actor: 'meek' | 'frontier'): number {
  const start = actor === 'meek' ? s.meekCompute : s.meekCompute * s.initialComputeRatio;
  return yearsUntilCompute(start, computeGrowth(s, actor), FITTED_COMPUTE.high);
}

/**
 * The training compute above which the EU AI Act presumes a general-purpose model has high-impact
 * capabilities: Regulation (EU) 2024/1689, Art. 51(2), "greater than 10^25" floating-point operations.
 */
export const THRESHOLD_FLOP = 1e25;

/**
 * Years after the start at which the meek actor's effective compute (in FLOP at the start's algorithms)
 * passes THRESHOLD_FLOP: 0 when it starts beyond it, Infinity without shared progress.
 */
export function meekThresholdYears(s: MeekScenario): number {
  return yearsUntilCompute(s.meekCompute, computeGrowth(s, 'meek'), THRESHOLD_FLOP);
}
