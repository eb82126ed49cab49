/**
 * The edge: what a home machine can run. Memory bounds the model's size;
 * memory bandwidth bounds decode speed, because generating a token reads every
 * active weight once; the scaling law says how good such a model can be when
 * trained (or distilled) on many tokens.
 */
import { chinchillaLoss, computeFrontier, type ChinchillaFit } from './chinchilla.ts';

/**
 * Largest parameter count that fits in memory at a given precision, leaving a
 * share for the KV cache, activations and the system.
 *
 * @example maxParameters({ memoryGB: 24, bytesPerParameter: 0.5 }) // 3.84e10 (4-bit weights in 80% of 24 GB)
 */
export function maxParameters(device: {
  memoryGB: number;
  bytesPerParameter: number;
  usableFraction?: number;
}): number {
  return (device.memoryGB * 1e9 * (device.usableFraction ?? 0.8)) / device.bytesPerParameter;
}

/**
 * Decode speed in tokens per second, memory-bound:
 * efficiency × bandwidth ÷ bytes read per token, where a mixture of experts
 * reads only its active parameters.
 *
 * @example decodeTokensPerSecond({ bandwidthGBs: 1008, efficiency: 0.6, activeParameters: 3e10, bytesPerParameter: 0.5 }) // ≈ 40
 */
export function decodeTokensPerSecond(d: {
  bandwidthGBs: number;
  efficiency: number;
  activeParameters: number;
  bytesPerParameter: number;
}): number {
  return (d.efficiency * d.bandwidthGBs * 1e9) / (d.activeParameters * d.bytesPerParameter);
}

/**
 * Loss of a model of fixed size trained on any number of tokens — over-trained
 * or distilled far past the compute-optimal 20 tokens per parameter
 * (Hoffmann et al. 2022, eq. 2, evaluated off the compute-optimal path).
 *
 * @example fixedSizeLoss(BESIROGLU_2024, 8e9, 15e12) // ≈ 2.02 (an 8B model on 15T tokens)
 */
export function fixedSizeLoss(fit: ChinchillaFit, parameters: number, tokens: number): number {
  return chinchillaLoss(fit, parameters, tokens);
}

/**
 * The compute a compute-optimal model needs to reach a loss: the inverse of
 * L*(C) = E + K·C^(−γ), C = (K / (L − E))^(1/γ). Infinity at or below E.
 *
 * @example computeForLoss(HOFFMANN_2022_TEX, 2.0) // ≈ 7.3e22 FLOP
 */
export function computeForLoss(fit: ChinchillaFit, loss: number): number {
  const { L0, K, gamma } = computeFrontier(fit);
  return loss <= L0 ? Infinity : (K / (loss - L0)) ** (1 / gamma);
}

/**
 * The year whose frontier model a given loss matches, when frontier training
 * compute was `frontierCompute` in `year` and grows `growth`× per year.
 *
 * @example frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, { year: 2025, frontierCompute: 5e26, growth: 4.7 }) // ≈ 2019.3
 */
export function frontierYearOfLoss(
  fit: ChinchillaFit,
  loss: number,
  frontier: { year: number; frontierCompute: number; growth: number },
): number {
  return frontier.year + Math.log(computeForLoss(fit, loss) / frontier.frontierCompute) / Math.log(frontier.growth);
}

/**
 * The frontier year a device can match: the best model that fits in its
 * memory (at the given precision), trained or distilled on `tokens`, reaches
 * the loss the frontier reached in that year.
 *
 * @example deviceFrontierYear({ memoryGB: 128, bytesPerParameter: 0.5 }, 3e13, HOFFMANN_2022_TEX, { year: 2025, frontierCompute: 5e26, growth: 4.7 }) // ≈ 2023.3: a 128 GB machine at 4 bits matches the frontier of early 2023
 */
export function deviceFrontierYear(
  device: { memoryGB: number; bytesPerParameter: number; usableFraction?: number },
  tokens: number,
  fit: ChinchillaFit,
  frontier: { year: number; frontierCompute: number; growth: number },
): number {
  return frontierYearOfLoss(fit, fixedSizeLoss(fit, maxParameters(device), tokens), frontier);
}
