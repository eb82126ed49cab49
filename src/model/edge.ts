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
 * The frontier a loss is dated against: its training compute `frontierCompute`
 * in `year` (a decimal year), growing `growth`× a year. `algorithmicGrowth`
 * (gₐ, default 1: none) is the yearly factor by which the compute needed for a
 * fixed loss falls (Ho et al. 2024: halving about every 8 months, 2.8× a
 * year); it multiplies the effective compute of the frontier and of any other
 * model alike.
 */
export interface FrontierTrend {
  readonly year: number;
  readonly frontierCompute: number;
  readonly growth: number;
  readonly algorithmicGrowth?: number;
}

/**
 * The year whose frontier model a given loss matches. The loss is read as the
 * law's loss with the algorithms of `modelYear` (default: the anchor year).
 * Algorithmic progress counts as effective compute (Ho et al. 2024): a model
 * of `modelYear` is worth gₐ^(modelYear − year) times the compute the law
 * gives its loss, and the frontier's effective compute grows g_C·gₐ a year, so
 *
 *   matched = year + [ln(C*(L) / C₀) + (modelYear − year)·ln gₐ] / ln(g_C·gₐ).
 *
 * With gₐ = 1 the model year does not matter and this is the compute-only
 * dating. Progress is assumed to help every model size alike.
 *
 * @example frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, { year: 2025, frontierCompute: 5e26, growth: 4.7 }) // ≈ 2019.3
 * @example frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, { year: 2025, frontierCompute: 5e26, growth: 4.7, algorithmicGrowth: 2.8 }, 2025) // ≈ 2021.6: earlier frontiers had older algorithms too, so a model of 2025 with this loss matches a later one
 */
export function frontierYearOfLoss(
  fit: ChinchillaFit,
  loss: number,
  frontier: FrontierTrend,
  modelYear: number = frontier.year,
): number {
  const algorithms = frontier.algorithmicGrowth ?? 1;
  if (!(algorithms >= 1)) throw new RangeError(`algorithmic growth must be at least 1×/yr, got ${algorithms}`);
  return (
    frontier.year +
    (Math.log(computeForLoss(fit, loss) / frontier.frontierCompute) +
      (modelYear - frontier.year) * Math.log(algorithms)) /
      Math.log(frontier.growth * algorithms)
  );
}

/**
 * The frontier year a device can match: the best model that fits in its
 * memory (at the given precision), trained or distilled on `tokens` with the
 * algorithms of `modelYear` (default: the anchor year; without algorithmic
 * progress it does not matter), reaches the loss the frontier reached in that
 * year.
 *
 * @example deviceFrontierYear({ memoryGB: 128, bytesPerParameter: 0.5 }, 3e13, HOFFMANN_2022_TEX, { year: 2025, frontierCompute: 5e26, growth: 4.7 }) // ≈ 2023.3: a 128 GB machine at 4 bits matches the frontier of early 2023
 */
export function deviceFrontierYear(
  device: { memoryGB: number; bytesPerParameter: number; usableFraction?: number },
  tokens: number,
  fit: ChinchillaFit,
  frontier: FrontierTrend,
  modelYear?: number,
): number {
  return frontierYearOfLoss(fit, fixedSizeLoss(fit, maxParameters(device), tokens), frontier, modelYear);
}
