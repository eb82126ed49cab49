/**
 * How far ahead the frontier must start for its lead in loss to be already
 * shrinking: the head start ρ at which the meek gap peaks at t = 0.
 * Gundlach, Lynch & Thompson 2025 (arXiv 2507.07931, §3) start both actors
 * level; this extends their model to a frontier that starts ρ times ahead.
 */
import type { MeekScenario } from './meek-models.ts';

/**
 * Setting t* = 0 in t* = [ln((r + s)/r) − α·ln ρ] / (α·s) gives
 *   ρ* = ((r + s) / r)^(1/α),  r = ln(g_h·g_a), s = ln g_i.
 * For ρ > ρ* the gap is shrinking from the start. Infinity when nothing is
 * shared (r ≤ 0): then the gap never shrinks.
 *
 * @example meekHeadStartForShrinkingGap({ spendGrowth: 3.6, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, loss: { L0: 1.7, A: 1070, alpha: 0.155 }, meekCompute: 7e20, initialComputeRatio: 1 }) // ≈ 71
 */
export function meekHeadStartForShrinkingGap(s: Omit<MeekScenario, 'initialComputeRatio' | 'meekCompute'>): number {
  const r = Math.log(s.hardwareGrowth * s.algorithmicGrowth);
  const spend = Math.log(s.spendGrowth);
  if (!(spend > 0)) throw new RangeError(`spendGrowth must exceed 1, got ${s.spendGrowth}`);
  if (r <= 0) return Infinity;
  return ((r + spend) / r) ** (1 / s.loss.alpha);
}
