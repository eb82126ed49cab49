import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { parameter, PARAMETERS } from './parameters.ts';
import { jointSampler, samplerFor } from './sampling.ts';

const draws = (id: string, n = 20000, seed = 3) => {
  const sample = samplerFor(parameter(id), randomLcg(seed));
  return Float64Array.from({ length: n }, sample).sort();
};
const at = (sorted: Float64Array, q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

describe('sampling from the registry', () => {
  it('puts about 90% of normal draws inside [low, high]', () => {
    const xs = draws('besiroglu_alpha');
    expect(at(xs, 0.05)).toBeCloseTo(parameter('besiroglu_alpha').low, 2);
    expect(at(xs, 0.95)).toBeCloseTo(parameter('besiroglu_alpha').high, 2);
  });

  it('centres lognormal draws on the default and keeps them positive', () => {
    const xs = draws('g_a');
    expect(at(xs, 0.5)).toBeCloseTo(2.8, 1);
    expect(xs[0]).toBeGreaterThan(0);
  });

  it('keeps uniform and log-uniform draws within their bounds', () => {
    for (const id of ['g_h', 'inference_price_decline']) {
      const xs = draws(id);
      expect(xs[0]).toBeGreaterThanOrEqual(parameter(id).low);
      expect(xs.at(-1)).toBeLessThanOrEqual(parameter(id).high);
    }
  });

  it('returns the default for fixed parameters', () => {
    expect(new Set(draws('hoffmann_e', 100))).toEqual(new Set([1.69]));
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
