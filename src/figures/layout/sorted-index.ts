/**
 * Binary searches over values that never decrease, shared by the label search's grid (search-grid.ts) and the
 * leader search's nearby segments (leader-nearby.ts): where a run of rows or columns starts and ends.
 *
 * @example firstAtLeast([1, 2, 2, 5], 2) // 1
 * @example firstAbove([1, 2, 2, 5], 2) // 3
 */

/** The first index whose value is ≥ x in values that never decrease (values.length when none is). */
export function firstAtLeast(values: readonly number[], x: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! >= x) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first index whose value is > x in values that never decrease (values.length when none is). */
export function firstAbove(values: readonly number[], x: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! > x) high = middle;
    else low = middle + 1;
  }
  return low;
}
