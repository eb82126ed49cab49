/**
 * Tasks that need p consecutive correct steps: a small difference in per-step
 * reliability becomes a large difference in task success, one reason a small
 * loss gap can matter (Gundlach, Lynch & Thompson 2025, §4).
 */

/**
 * Probability of completing a task of `steps` independent steps, each right with probability `stepAccuracy`.
 *
 * @example taskSuccess(0.99, 100) // ≈ 0.366
 */
export function taskSuccess(stepAccuracy: number, steps: number): number {
  return stepAccuracy ** steps;
}

/**
 * The longest task (in steps) completed with probability at least `target`.
 *
 * @example longestReliableTask(0.99, 0.5) // 68
 */
export function longestReliableTask(stepAccuracy: number, target: number): number {
  if (stepAccuracy >= 1) return Infinity;
  return Math.floor(Math.log(target) / Math.log(stepAccuracy));
}
