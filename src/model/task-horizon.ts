/**
 * The counter-case: an unbounded metric such as the length of task an agent
 * can complete (Fogelson et al. 2026, arXiv 2607.00913). If horizon grows as
 * a power of effective compute, H ∝ C^κ, a constant compute ratio ρ between
 * frontier and follower keeps a constant horizon ratio ρ^κ, so the absolute
 * lead in horizon grows without limit, unlike the loss gap.
 */

/**
 * Horizon ratio of two actors whose effective compute differs by ρ.
 *
 * @example horizonRatio(100, 0.5) // 10
 */
export function horizonRatio(computeRatio: number, exponent: number): number {
  return computeRatio ** exponent;
}

/**
 * Absolute lead in horizon at time t, when the follower's horizon is H₀·g^t and the frontier's ρ^κ times that.
 *
 * @example horizonLead(2, { followerHorizon0: 1, growth: 2, computeRatio: 100, exponent: 0.5 }) // 36
 */
export function horizonLead(
  t: number,
  p: { followerHorizon0: number; growth: number; computeRatio: number; exponent: number },
): number {
  const follower = p.followerHorizon0 * p.growth ** t;
  return follower * (horizonRatio(p.computeRatio, p.exponent) - 1);
}

/**
 * The exponent κ in H ∝ C^κ implied by a measured doubling time of the
 * frontier's horizon (Kwa et al. 2025: about 7 months) and the growth of the
 * frontier's effective compute g_C = g_i·g_h·g_a per year:
 * κ = (12/d)·ln 2 / ln g_C.
 *
 * @example horizonExponent(7, 3.6 * 1.4 * 2.8) // ≈ 0.449
 */
export function horizonExponent(doublingMonths: number, frontierComputeGrowth: number): number {
  return ((12 / doublingMonths) * Math.LN2) / Math.log(frontierComputeGrowth);
}

/**
 * How many years the follower needs to reach the effective compute the frontier
 * has t years after the start: (ln ρ + t·ln g_i) / ln(g_h·g_a). It grows without
 * limit whenever g_i > 1, in every measure that rises with compute; what
 * differs between measures is whether a lag of that many years still matters.
 * Infinity when nothing is shared (g_h·g_a ≤ 1).
 *
 * @example followerLagYears(10, { computeRatio: 1, spendGrowth: 3.6, sharedGrowth: 1.4 * 2.8 }) // ≈ 9.4
 */
export function followerLagYears(
  t: number,
  p: { computeRatio: number; spendGrowth: number; sharedGrowth: number },
): number {
  const shared = Math.log(p.sharedGrowth);
  if (!(shared > 0)) return Infinity;
  return (Math.log(p.computeRatio) + t * Math.log(p.spendGrowth)) / shared;
}
