/**
 * A claim's condition ("finite", "infinite", "> 0", ">= 1", "< 2040", "<= 0.5", "= 0.15") as a test, with its words
 * given how the value prints. Shared by model claims (src/figures/claims.ts) and data claims (data-claims.ts).
 *
 * @example parseCondition('> 8').words((v) => `${v} months`) // 'above 8 months'
 */

/** Relative tolerance for "=", ">=" and "<=" (rounding, not a difference). */
const TOLERANCE = 1e-9;

export interface Test {
  readonly test: (v: number) => boolean;
  /** The condition in words, given how the value prints: "above 2030", "finite". */
  readonly words: (format: (v: number) => string) => string;
}

/**
 * A condition string as a test.
 *
 * @example parseCondition('> 0').test(1) // true
 */
export function parseCondition(condition: string): Test {
  const text = condition.trim();
  if (text === 'finite') return { test: Number.isFinite, words: () => 'finite' };
  if (text === 'infinite') return { test: (v) => v === Infinity, words: () => 'infinite (it never comes)' };
  const match = /^(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text);
  if (!match) throw new Error(`unknown condition "${condition}" (use finite, infinite, > x, >= x, < x, <= x or = x)`);
  const op = match[1]!;
  const x = Number(match[2]);
  const near = (v: number) => Math.abs(v - x) <= TOLERANCE * Math.max(1, Math.abs(x));
  const tests: Record<string, (v: number) => boolean> = {
    '>': (v) => v > x,
    '>=': (v) => v >= x || near(v),
    '<': (v) => v < x,
    '<=': (v) => v <= x || near(v),
    '=': near,
  };
  const words: Record<string, string> = {
    '>': 'above',
    '>=': 'at least',
    '<': 'below',
    '<=': 'at most',
    '=': 'equal to',
  };
  return { test: tests[op]!, words: (format) => `${words[op]} ${format(x)}` };
}
