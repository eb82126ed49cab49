/**
 * "What would you have to believe": the value of one parameter at which a
 * conclusion flips, found by bisection on a bracket where it changes sign.
 */

/**
 * The root of f on [low, high], where f(low) and f(high) differ in sign;
 * undefined when they do not (the conclusion does not flip in this range).
 *
 * @example flipPoint((x) => x * x - 2, 0, 2) // ≈ 1.41421
 */
export function flipPoint(f: (x: number) => number, low: number, high: number, tolerance = 1e-9): number | undefined {
  let a = low;
  let b = high;
  let fa = f(a);
  const fb = f(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || Math.sign(fa) === Math.sign(fb))
    return fa === 0 ? a : fb === 0 ? b : undefined;
  for (let i = 0; i < 200 && b - a > tolerance * Math.max(1, Math.abs(a)); i++) {
    const mid = (a + b) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else {
      b = mid;
    }
  }
  return (a + b) / 2;
}
