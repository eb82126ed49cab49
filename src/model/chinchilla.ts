/**
 * The Chinchilla parametric loss law and its compute-optimal frontier.
 *
 * Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models",
 * arXiv 2203.15556, Approach 3 (eq. 2 and eq. 10); refit by Besiroglu,
 * Erdil, Barnett & You 2024, "Chinchilla Scaling: A replication attempt",
 * arXiv 2404.10102 (Table 1).
 */

/** Coefficients of L(N, D) = E + A / N^α + B / D^β (loss in nats per token). */
export interface ChinchillaFit {
  /** Irreducible loss E: the entropy of natural text under this law. */
  readonly E: number;
  /** Coefficient A of the parameter-count term. */
  readonly A: number;
  /** Coefficient B of the data (token) term. */
  readonly B: number;
  /** Exponent α of the parameter-count term. */
  readonly alpha: number;
  /** Exponent β of the data term. */
  readonly beta: number;
}

/**
 * Hoffmann et al. 2022 Approach 3 as printed (eq. 10):
 * E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
 */
export const HOFFMANN_2022: ChinchillaFit = Object.freeze({
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
});

/**
 * Hoffmann et al. 2022 Approach 3 with the unrounded exponents found in the
 * paper's TeX source (α = 0.3392, β = 0.2849), as reported by Besiroglu et al.
 * 2024, §2. Its compute-optimal frontier is L*(C) ≈ 1.69 + 1070·C^(−0.155),
 * the law Gundlach, Lynch & Thompson 2025 build on.
 */
export const HOFFMANN_2022_TEX: ChinchillaFit = Object.freeze({
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.3392,
  beta: 0.2849,
});

/**
 * Besiroglu et al. 2024 refit of Hoffmann's Approach 3 to the data extracted
 * from the paper's Figure 4 (Table 1): E = 1.8172, A = 482.01, B = 2085.43,
 * α = 0.3478, β = 0.3658.
 */
export const BESIROGLU_2024: ChinchillaFit = Object.freeze({
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
});

/**
 * Training compute in FLOP of a dense transformer with N parameters trained on
 * D tokens: C ≈ 6·N·D (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022, §3).
 *
 * @example trainingFlop(70e9, 1.4e12) // 5.88e23
 */
export function trainingFlop(parameters: number, tokens: number): number {
  return 6 * parameters * tokens;
}

/**
 * Pre-training loss L(N, D) = E + A / N^α + B / D^β
 * (Hoffmann et al. 2022, eq. 2).
 *
 * @example chinchillaLoss(HOFFMANN_2022, 70e9, 1.4e12) // ≈ 1.94
 */
export function chinchillaLoss(fit: ChinchillaFit, parameters: number, tokens: number): number {
  return fit.E + fit.A / parameters ** fit.alpha + fit.B / tokens ** fit.beta;
}

/** A compute-optimal model: parameters, tokens and the loss they reach. */
export interface ComputeOptimalModel {
  readonly parameters: number;
  readonly tokens: number;
  readonly loss: number;
}

/**
 * Compute-optimal allocation under C = 6ND (Hoffmann et al. 2022, eq. 4):
 * N*(C) = G·(C/6)^a and D*(C) = G⁻¹·(C/6)^b with
 * G = (αA / βB)^(1/(α+β)), a = β/(α+β), b = α/(α+β).
 *
 * @example computeOptimalModel(BESIROGLU_2024, 5.76e23) // ≈ { parameters: 7.2e10, tokens: 1.33e12, loss: 1.97 }
 */
export function computeOptimalModel(fit: ChinchillaFit, flop: number): ComputeOptimalModel {
  const { A, B, alpha, beta } = fit;
  const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const parameters = G * (flop / 6) ** (beta / (alpha + beta));
  const tokens = flop / (6 * parameters);
  return { parameters, tokens, loss: chinchillaLoss(fit, parameters, tokens) };
}

/** The compute-optimal frontier written as a power law in compute. */
export interface ComputeFrontier {
  /** Irreducible loss L0 (= E). */
  readonly L0: number;
  /** Coefficient K of C^(−γ), with C in FLOP. */
  readonly K: number;
  /** Exponent γ = αβ / (α + β). */
  readonly gamma: number;
}

/**
 * The compute-optimal frontier L*(C) = E + K·C^(−γ), obtained by substituting
 * N*(C), D*(C) into eq. 2: γ = αβ/(α+β), K = (A·G^(−α) + B·G^β)·6^γ.
 * For HOFFMANN_2022_TEX this gives K ≈ 1070, γ ≈ 0.155
 * (Gundlach, Lynch & Thompson 2025, eq. 1).
 *
 * @example computeFrontier(HOFFMANN_2022_TEX) // ≈ { L0: 1.69, K: 1070, gamma: 0.155 }
 */
export function computeFrontier(fit: ChinchillaFit): ComputeFrontier {
  const { A, B, E, alpha, beta } = fit;
  const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const gamma = (alpha * beta) / (alpha + beta);
  const K = (A * G ** -alpha + B * G ** beta) * 6 ** gamma;
  return { L0: E, K, gamma };
}
