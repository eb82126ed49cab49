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
