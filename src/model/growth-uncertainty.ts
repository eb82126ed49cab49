/**
 * Seeded draws of the growth rates whose published ranges decide when a
 * budget reaches a capability: hardware price-performance g_h (Hobbhahn &
 * Besiroglu 2022), algorithmic efficiency g_a (Ho et al. 2024) and frontier
 * training cost g_$ (Cottier et al. 2024). The same ranges and distributions
 * as the parameter registry (parameters.ts; a test keeps them equal), kept
 * here without the registry's validation so figures in the browser can use
 * them cheaply.
 */
/** z-scores of the upper end of a central interval at its level, as in sampling.ts. */
const Z = { 0.9: 1.6448536269514722, 0.95: 1.959963984540054 } as const;

export interface GrowthRange {
  readonly id: 'g_h' | 'g_a' | 'training_cost_growth';
  readonly default: number;
  readonly low: number;
  readonly high: number;
  readonly distribution: 'uniform' | 'lognormal';
  /** Confidence level of [low, high]: a lognormal is centred on the interval's geometric centre, as in sampling.ts. */
  readonly level: 0.9 | 0.95;
}

export const GROWTH_RANGES: readonly GrowthRange[] = [
  // Hobbhahn & Besiroglu 2022, ML GPUs: doubling every 2.07 years, 95% CI (registry, parameters/growth-rates.ts).
  {
    id: 'g_h',
    default: 1.4,
    low: 1.2478883132343281,
    high: 1.5684620790591062,
    distribution: 'lognormal',
    level: 0.95,
  },
  // Ho et al. 2024: halving every 8 months, 95% CI 5–14 months.
  { id: 'g_a', default: 2.8, low: 1.8114473285278132, high: 5.278031643091577, distribution: 'lognormal', level: 0.95 },
  { id: 'training_cost_growth', default: 2.4, low: 2.0, high: 2.9, distribution: 'lognormal', level: 0.9 },
];

export type GrowthDraw = Record<GrowthRange['id'], number>;

/**
 * A seeded uniform source in [0, 1): the linear congruential generator of
 * d3-random's randomLcg (same constants), written out so figures in the
 * browser do not ship the rest of d3-random.
 *
 * @example uniformSource(1)() // a number in [0, 1)
 */
export function uniformSource(seed: number): () => number {
  const mul = 0x19660d;
  const inc = 0x3c6ef35f;
  const eps = 1 / 0x100000000;
  let state = (0 <= seed && seed < 1 ? seed / eps : Math.abs(seed)) | 0;
  return () => ((state = (mul * state + inc) | 0), eps * (state >>> 0));
}

/** A standard normal draw from a uniform source (Box–Muller). */
function normal(uniform: () => number): number {
  const u = 1 - uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}

/**
 * A seeded source of joint draws (independent) of the three growth rates.
 *
 * @example growthSampler(7)() // { g_h: 1.3…, g_a: 2.…, training_cost_growth: 2.… }
 */
export function growthSampler(seed: number): () => GrowthDraw {
  const uniform = uniformSource(seed);
  const samplers = GROWTH_RANGES.map((r) => {
    if (r.distribution === 'uniform') return [r.id, () => r.low + (r.high - r.low) * uniform()] as const;
    const mu = (Math.log(r.low) + Math.log(r.high)) / 2;
    const sigma = (Math.log(r.high) - Math.log(r.low)) / (2 * Z[r.level]);
    return [r.id, () => Math.exp(mu + sigma * normal(uniform))] as const;
  });
  return () => Object.fromEntries(samplers.map(([id, draw]) => [id, draw()])) as GrowthDraw;
}

/**
 * The 5th, 50th and 95th percentiles of a scalar outcome over seeded
 * draws of the growth rates.
 *
 * @example outcomeInterval((g) => g.g_a, { draws: 2000, seed: 1 }) // ≈ [2.0, 3.1, 4.8]
 */
export function outcomeInterval(
  outcome: (draw: GrowthDraw) => number,
  options: { draws: number; seed: number },
): [number, number, number] {
  const draw = growthSampler(options.seed);
  const values = Array.from({ length: options.draws }, () => outcome(draw())).sort((a, b) => a - b);
  const at = (q: number) => {
    const position = (values.length - 1) * q;
    const k = Math.floor(position);
    const low = values[k]!;
    return low + ((values[Math.min(k + 1, values.length - 1)] ?? low) - low) * (position - k);
  };
  return [at(0.05), at(0.5), at(0.95)];
}
