/**
 * Meek models: the loss gap between a frontier actor whose compute spend grows
 * exponentially and a "meek" actor on a fixed budget, when both share hardware
 * and algorithmic progress.
 *
 * Gundlach, Lynch & Thompson 2025, "Meek Models Shall Inherit the Earth",
 * arXiv 2507.07931, §3 and Figure 1.
 */
import { powerLawLoss, reducibleLoss, type PowerLawLoss } from './power-law-loss.ts';

/** The two actors' compute trajectories and the loss law they share. */
export interface MeekScenario {
  /** g_i: annual growth factor of the frontier actor's spend (paper: 3.6×/yr). */
  readonly spendGrowth: number;
  /** g_h: annual growth factor of hardware price-performance, FLOP per dollar (paper: 1.4×/yr). */
  readonly hardwareGrowth: number;
  /** g_a: annual growth factor of algorithmic efficiency, effective FLOP per FLOP (paper: 2.8×/yr). */
  readonly algorithmicGrowth: number;
  /** Loss as a power law in effective compute. */
  readonly loss: PowerLawLoss;
  /** Effective training compute of the meek actor at t = 0, FLOP. */
  readonly meekCompute: number;
  /**
   * Frontier compute at t = 0 as a multiple of the meek actor's.
   * 1 reproduces the paper's Figure 1, where both start from the same budget.
   */
  readonly initialComputeRatio: number;
}

/**
 * Meek actor's effective compute t years after the start:
 * C_m(t) = C_m(0)·(g_h·g_a)^t. Its budget is fixed; only shared progress helps.
 *
 * @example meekCompute({ ...s, meekCompute: 1e21, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }, 1) // 3.92e21
 */
export function meekCompute(s: MeekScenario, years: number): number {
  return s.meekCompute * (s.hardwareGrowth * s.algorithmicGrowth) ** years;
}

/**
 * Frontier actor's effective compute t years after the start:
 * C_f(t) = ρ·C_m(0)·(g_i·g_h·g_a)^t.
 *
 * @example frontierCompute({ ...s, meekCompute: 1e21, initialComputeRatio: 1, spendGrowth: 3.6, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }, 1) // ≈ 1.41e22
 */
export function frontierCompute(s: MeekScenario, years: number): number {
  return s.initialComputeRatio * s.meekCompute * (s.spendGrowth * s.hardwareGrowth * s.algorithmicGrowth) ** years;
}

/** Both actors' losses and the gap between them at one time. */
export interface MeekState {
  /** Years since the start. */
  readonly years: number;
  readonly frontierLoss: number;
  readonly meekLoss: number;
  /** Meek loss minus frontier loss, nats per token (≥ 0 when ρ ≥ 1). */
  readonly lossGap: number;
}

/**
 * Losses of both actors and the gap ΔL(t) = L(C_m(t)) − L(C_f(t))
 * = A·[C_m(t)^(−α) − C_f(t)^(−α)] (Gundlach, Lynch & Thompson 2025, §3).
 * The gap is computed from the reducible losses, not by subtracting two
 * numbers near L0, so it keeps its precision when both are tiny.
 *
 * @example meekState(scenario, 0).lossGap // 0 when both start at the same compute
 */
export function meekState(s: MeekScenario, years: number): MeekState {
  const meek = meekCompute(s, years);
  const frontier = frontierCompute(s, years);
  return {
    years,
    frontierLoss: powerLawLoss(s.loss, frontier),
    meekLoss: powerLawLoss(s.loss, meek),
    lossGap: reducibleLoss(s.loss, meek) - reducibleLoss(s.loss, frontier),
  };
}

/**
 * Time of the peak loss gap, in years since the start, in closed form.
 * Setting dΔL/dt = 0 with r = ln(g_h·g_a) and s = ln g_i gives
 *   t* = [ln((r + s)/r) − α·ln ρ] / (α·s).
 * With equal starting compute (ρ = 1, the paper's Figure 1) this is
 * ln(1 + s/r) / (α·s): about 3.3 years at the paper's defaults.
 * Returns Infinity when there is no shared progress (r ≤ 0): the gap then
 * widens forever. A negative value means the gap was already shrinking at t = 0.
 * Requires g_i > 1 (otherwise the frontier never pulls ahead).
 *
 * @example meekGapPeakYears({ spendGrowth: 3.6, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, loss: MEEK_MODELS_LOSS, meekCompute: 7e20, initialComputeRatio: 1 }) // ≈ 3.33
 */
export function meekGapPeakYears(s: MeekScenario): number {
  const r = Math.log(s.hardwareGrowth * s.algorithmicGrowth);
  const spend = Math.log(s.spendGrowth);
  if (!(spend > 0)) throw new RangeError(`spendGrowth must exceed 1, got ${s.spendGrowth}`);
  if (r <= 0) return Infinity;
  const alpha = s.loss.alpha;
  return (Math.log((r + spend) / r) - alpha * Math.log(s.initialComputeRatio)) / (alpha * spend);
}

/**
 * Years until compute growing `growth`× a year from `start` reaches `target`:
 * 0 when it starts there or beyond, Infinity when it never gets there (growth ≤ 1).
 * Used for the year a curve leaves the range its loss law was fitted on, and
 * the year the meek actor's effective compute passes a regulatory threshold.
 *
 * @example yearsUntilCompute(7e20, 1.4 * 2.8, 1e25) // ≈ 7.0
 */
export function yearsUntilCompute(start: number, growth: number, target: number): number {
  if (start >= target) return 0;
  if (!(growth > 1)) return Infinity;
  return Math.log(target / start) / Math.log(growth);
}
