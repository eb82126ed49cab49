/**
 * The inference-side variant of the meek-models argument (Gundlach, Lynch &
 * Thompson 2025, §5): a user with a fixed price per token buys access to ever
 * better models as inference prices fall.
 *
 * Assumptions, stated: the price per token of a model is proportional to its
 * parameters (inference costs about 2N FLOP per token), and models sit on the
 * compute-optimal path, N ∝ C^a with a = β/(α+β) (Hoffmann et al. 2022, eq. 4;
 * a ≈ 0.46 for Hoffmann's fit, 0.51 for Besiroglu's). If the price of a fixed
 * capability falls g_p× per year (Cottier et al. 2025: 9–900×), the training
 * compute of the best model a fixed per-token budget affords grows g_p^(1/a)× per year.
 */
import { reducibleLoss, type PowerLawLoss } from './power-law-loss.ts';

/**
 * Annual growth of the training compute a fixed per-token budget affords.
 *
 * @example affordableComputeGrowth(40, 0.5) // 1600
 */
export function affordableComputeGrowth(priceDeclinePerYear: number, parameterExponent: number): number {
  return priceDeclinePerYear ** (1 / parameterExponent);
}

/**
 * The loss gap between the frontier (training compute growing `frontierGrowth`× per year)
 * and the best model a fixed per-token budget affords, t years after both stood at `compute0`.
 *
 * @example inferenceGap(1, { compute0: 1e24, frontierGrowth: 14, priceDeclinePerYear: 40, parameterExponent: 0.5, loss: MEEK_MODELS_LOSS }) // 0: affordable compute grows 1,600×/yr, faster than the frontier
 */
export function inferenceGap(
  t: number,
  p: {
    compute0: number;
    frontierGrowth: number;
    priceDeclinePerYear: number;
    parameterExponent: number;
    loss: PowerLawLoss;
  },
): number {
  const affordable = p.compute0 * affordableComputeGrowth(p.priceDeclinePerYear, p.parameterExponent) ** t;
  const frontier = p.compute0 * p.frontierGrowth ** t;
  // The affordable model can be no better than the frontier itself.
  return Math.max(0, reducibleLoss(p.loss, Math.min(affordable, frontier)) - reducibleLoss(p.loss, frontier));
}
