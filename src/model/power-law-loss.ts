/**
 * Loss as a power law in (effective) training compute:
 * L(C) = L0 + A·C^(−α).
 *
 * This is the compute-optimal frontier of a Chinchilla fit written in one
 * variable (see `computeFrontier` in chinchilla.ts); Gundlach, Lynch &
 * Thompson 2025 (arXiv 2507.07931, eq. 1) use L0 ≈ 1.7, A ≈ 1070, α ≈ 0.155.
 */
export interface PowerLawLoss {
  /** Irreducible loss L0, nats per token. */
  readonly L0: number;
  /** Coefficient A, with compute C in FLOP. */
  readonly A: number;
  /** Exponent α: 10× compute multiplies the reducible loss by 10^(−α). */
  readonly alpha: number;
}

/**
 * The frontier used by Gundlach, Lynch & Thompson 2025 (eq. 1), from
 * Hoffmann et al. 2022: L(C) = 1.7 + 1070·C^(−0.155).
 */
export const MEEK_MODELS_LOSS: PowerLawLoss = Object.freeze({ L0: 1.7, A: 1070, alpha: 0.155 });

/**
 * Loss at compute C: L(C) = L0 + A·C^(−α) (Gundlach, Lynch & Thompson 2025, eq. 1).
 *
 * @example powerLawLoss(MEEK_MODELS_LOSS, 1e24) // ≈ 1.90
 */
export function powerLawLoss(law: PowerLawLoss, flop: number): number {
  return law.L0 + reducibleLoss(law, flop);
}

/**
 * Reducible loss A·C^(−α): the part of the loss that more compute can remove.
 *
 * @example reducibleLoss(MEEK_MODELS_LOSS, 1e25) / reducibleLoss(MEEK_MODELS_LOSS, 1e24) // ≈ 0.70
 */
export function reducibleLoss(law: PowerLawLoss, flop: number): number {
  return law.A * flop ** -law.alpha;
}

/**
 * The same law with another exponent, holding the loss at `pivotFlop` fixed:
 * A′ = A·pivot^(α′ − α), so A′·pivot^(−α′) = A·pivot^(−α). Changing α then
 * changes how fast returns diminish from that point on, not the loss there.
 *
 * @example powerLawLoss(withExponent(MEEK_MODELS_LOSS, 0.3, 7e20), 7e20) // = powerLawLoss(MEEK_MODELS_LOSS, 7e20) ≈ 2.33
 */
export function withExponent(law: PowerLawLoss, alpha: number, pivotFlop: number): PowerLawLoss {
  return { L0: law.L0, alpha, A: law.A * pivotFlop ** (alpha - law.alpha) };
}

/**
 * The training compute of the runs Hoffmann et al.'s parametric fit was made on, in FLOP: the smallest
 * and largest runs of their Figure 4 as digitised by Besiroglu et al. 2024 (245 runs; data/svg_extracted_data.csv
 * in github.com/epoch-research/analyzing-chinchilla, commit 9225883: 1.397×10¹⁸ to 1.296×10²² FLOP).
 * The meek-models loss law is derived from that fit, so beyond `high` a curve is an extrapolation of it.
 *
 * @example 7e20 <= FITTED_COMPUTE.high // true: the paper's $1,000 budget in 2025 lies inside the range
 */
export const FITTED_COMPUTE = Object.freeze({ low: 1.397e18, high: 1.296e22 });

/**
 * Orders of magnitude by which compute lies beyond the largest fitted run (0 or less: inside the range).
 *
 * @example ordersBeyondFit(1.296e24) // 2
 */
export function ordersBeyondFit(flop: number): number {
  return Math.log10(flop / FITTED_COMPUTE.high);
}
