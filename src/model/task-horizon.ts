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
