import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { parameter, PARAMETERS, type Parameter } from './parameters/index.ts';
import { distributionMedian, jointSampler, samplerFor } from './sampling.ts';

const N = 200_000;
const SEED = 20261123;

const draws = (p: Parameter, n = N, seed = SEED) => {
  const sample = samplerFor(p, randomLcg(seed));
  return Float64Array.from({ length: n }, sample).sort();
};
/** Empirical quantile (type 1: the ⌈nq⌉-th order statistic). */
const quantile = (sorted: Float64Array, q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

/**
 * Tolerance: 1% of the interval's width (in log space for the log distributions). With 200,000
 * draws the standard error of a 2.5% quantile of a normal is about 0.15% of its 95% interval's
 * width, so 1% is over six standard errors: a wrong level (0.9 for 0.95) misses by about 8%.
 */
const TOLERANCE = 0.01;

const sampled = PARAMETERS.filter((p) => p.distribution !== 'fixed');

describe('every sampled parameter’s draws match its declared interval at its declared level', () => {
  it.each(sampled.map((p) => [p.id, p] as const))('%s', (_, p) => {
    const xs = draws(p);
    const log = p.distribution === 'lognormal' || p.distribution === 'loguniform';
    const scale = (x: number) => (log ? Math.log(x) : x);
    const width = scale(p.high) - scale(p.low);
    const close = (actual: number, expected: number, what: string) =>
      expect(Math.abs(scale(actual) - scale(expected)) / width, `${p.id} ${what}`).toBeLessThan(TOLERANCE);
    if (p.level === 'bounds') {
      // Uniform in (log) space: every draw inside, and the quantiles spread evenly between the bounds.
      expect(xs[0]).toBeGreaterThanOrEqual(p.low);
      expect(xs.at(-1)).toBeLessThanOrEqual(p.high);
      for (const q of [0.025, 0.25, 0.5, 0.75, 0.975])
        close(quantile(xs, q), log ? p.low * (p.high / p.low) ** q : p.low + q * (p.high - p.low), `q${q}`);
    } else {
      const tail = (1 - p.level) / 2;
      close(quantile(xs, tail), p.low, `${tail} quantile`);
      close(quantile(xs, 1 - tail), p.high, `${1 - tail} quantile`);
      // The share of draws inside [low, high] is the level.
      const inside = xs.filter((x) => x >= p.low && x <= p.high).length / xs.length;
      expect(Math.abs(inside - p.level), `${p.id} coverage ${inside}`).toBeLessThan(0.005);
      if (p.distribution === 'lognormal') expect(xs[0]).toBeGreaterThan(0);
    }
    close(quantile(xs, 0.5), distributionMedian(p), 'median');
  });

  it('covers every parameter that is not fixed', () => {
    expect(sampled.map((p) => p.id)).toEqual(
      expect.arrayContaining(['g_i', 'g_h', 'g_a', 'alpha', 'besiroglu_b', 'open_lag_compute_months']),
    );
  });
});

describe('sampling from the registry', () => {
  it('puts g_a’s 2.5th and 97.5th percentiles at Ho et al.’s 95% interval, 1.81–5.28×/yr', () => {
    const xs = draws(parameter('g_a'));
    expect(quantile(xs, 0.025)).toBeCloseTo(1.81, 1);
    expect(quantile(xs, 0.975)).toBeCloseTo(5.28, 1);
    // Its median is the interval's geometric centre, 3.09, not the default 2.8.
    expect(distributionMedian(parameter('g_a'))).toBeCloseTo(3.09, 2);
  });

  it('returns the default for fixed parameters', () => {
    expect(new Set(draws(parameter('hoffmann_e'), 100))).toEqual(new Set([1.69]));
  });

  it('reproduces the same draws from the same seed, and different ones from another', () => {
    const a = jointSampler(PARAMETERS, 11);
    const b = jointSampler(PARAMETERS, 11);
    const c = jointSampler(PARAMETERS, 12);
    const first = a();
    expect(b()).toEqual(first);
    expect(c()).not.toEqual(first);
    for (const value of Object.values(first)) expect(Number.isFinite(value)).toBe(true);
  });
});
