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
 * An infinite value in words. It is no quantity, so it is said as the value's own words for it ("not reached", a
 * Kaplan–Meier median that no share of the records has yet passed) when its formatter has some, and otherwise as
 * "without end": never as "infinite" or "∞", a number it is not.
 *
 * @example unending((v) => (Number.isFinite(v) ? `${v} months` : 'not reached')) // 'not reached'
 */
function unending(format: (v: number) => string): string {
  const said = format(Infinity);
  return /∞|infinit|nan|undefined|\d/i.test(said) ? 'without end' : said;
}

/**
 * A condition string as a test.
 *
 * @example parseCondition('> 0').test(1) // true
 */
export function parseCondition(condition: string): Test {
  const text = condition.trim();
  if (text === 'finite') return { test: Number.isFinite, words: () => 'finite' };
  if (text === 'infinite') return { test: (v) => v === Infinity, words: unending };
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
