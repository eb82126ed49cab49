/**
 * How much text it takes to tell two models apart, the meek-models paper's
 * answer to "does a small loss gap matter?" (Gundlach, Lynch & Thompson 2025,
 * its hypothesis-testing argument, after Wald's sequential probability ratio test). A test that reads
 * tokens one by one and stops when it is sure, with error rate ε both ways,
 * needs on average
 *   E[N] = [(1 − ε)·ln((1 − ε)/ε) + ε·ln(ε/(1 − ε))] / D = (1 − 2ε)·ln((1 − ε)/ε) / D
 * tokens, where D is the evidence per token in nats. Following the paper, D is
 * the loss gap ΔL: as the gap shrinks, the text needed grows as 1/ΔL.
 */

/** The error rate both ways of the test this site reports (5%). */
export const TEST_ERROR_RATE = 0.05;

/**
 * Expected tokens to tell apart two models whose losses differ by `gapNats` per token.
 * Infinity when the gap is zero or negative (nothing tells them apart).
 *
 * @example tokensToTellApart(0.15) // ≈ 17.7 tokens at a 5% error rate
 */
export function tokensToTellApart(gapNats: number, errorRate = TEST_ERROR_RATE): number {
  if (!(errorRate > 0 && errorRate < 0.5)) throw new RangeError(`error rate must lie in (0, 0.5), got ${errorRate}`);
  if (!(gapNats > 0)) return Infinity;
  return ((1 - 2 * errorRate) * Math.log((1 - errorRate) / errorRate)) / gapNats;
}
