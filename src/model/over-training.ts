/**
 * Over-training and distillation under the Chinchilla law: a model of fixed
 * size N keeps improving as it sees more tokens, far past the compute-optimal
 * 20 tokens per parameter (Hoffmann et al. 2022), which is why small models
 * meant to run on devices are trained on trillions of tokens (Sardana et al.
 * 2023, "Beyond Chinchilla-Optimal", arXiv 2401.00448, find quality still
 * improving at 10,000 tokens per parameter; Gadre et al. 2024, arXiv
 * 2403.08540, show the loss of over-trained runs is predictable). Its loss can
 * never fall below E + A/N^α, the law's limit for N parameters with unlimited
 * data; we treat distillation from a larger teacher (Hinton et al. 2015,
 * arXiv 1503.02531) as a way of approaching that limit with fewer tokens, not
 * of passing it.
 */
import { chinchillaLoss, type ChinchillaFit } from './chinchilla.ts';
import { computeForLoss } from './edge.ts';

/**
 * The lowest loss a model of N parameters can reach under the law, with
 * unlimited tokens: E + A/N^α.
 *
 * @example sizeLimitedLoss(HOFFMANN_2022_TEX, 8e9) // ≈ 1.87
 */
export function sizeLimitedLoss(fit: ChinchillaFit, parameters: number): number {
  return fit.E + fit.A / parameters ** fit.alpha;
}

/**
 * Tokens a model of N parameters needs to reach `loss`: D = (B / (L − E − A/N^α))^(1/β).
 * Infinity when the loss is at or below the size limit.
 *
 * @example tokensForLoss(HOFFMANN_2022_TEX, 8e9, 2.0) // ≈ 1.8e12
 */
export function tokensForLoss(fit: ChinchillaFit, parameters: number, loss: number): number {
  const room = loss - sizeLimitedLoss(fit, parameters);
  return room <= 0 ? Infinity : (fit.B / room) ** (1 / fit.beta);
}

/**
 * How many times more training compute an over-trained model costs than the
 * compute-optimal model of the same loss: 6ND ÷ C*(L(N, D)). At 20 tokens per
 * parameter it is close to 1; the premium buys a smaller model, cheaper to run.
 *
 * @example overTrainingPremium(HOFFMANN_2022_TEX, 8e9, 15e12) // ≈ 2.5
 */
export function overTrainingPremium(fit: ChinchillaFit, parameters: number, tokens: number): number {
  return (6 * parameters * tokens) / computeForLoss(fit, chinchillaLoss(fit, parameters, tokens));
}
