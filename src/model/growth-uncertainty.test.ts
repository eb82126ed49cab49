import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3-random';
import { GROWTH_RANGES, growthSampler, outcomeInterval, uniformSource } from './growth-uncertainty.ts';
import { parameter } from './parameters.ts';

describe('growth uncertainty', () => {
  it('matches the parameter registry', () => {
    for (const range of GROWTH_RANGES) {
      const p = parameter(range.id);
      expect(range.default).toBeCloseTo(p.default, 12);
      expect(range.low).toBeCloseTo(p.low, 12);
      expect(range.high).toBeCloseTo(p.high, 12);
      expect(range.distribution).toBe(p.distribution);
    }
  });

  it('draws the same uniform stream as d3-random’s randomLcg', () => {
    const ours = uniformSource(42);
    const theirs = randomLcg(42);
    for (let i = 0; i < 100; i++) expect(ours()).toBe(theirs());
  });

  it('is reproducible from its seed', () => {
    expect(growthSampler(3)()).toEqual(growthSampler(3)());
  });

  it('covers the published range of g_a with its percentiles', () => {
    const [low, mid, high] = outcomeInterval((g) => g.g_a, { draws: 4000, seed: 11 });
    expect(mid).toBeCloseTo(2.8, 0);
    expect(low).toBeLessThanOrEqual(1.9);
    expect(high).toBeGreaterThan(5);
    const [hLow, hMid, hHigh] = outcomeInterval((g) => g.g_h, { draws: 4000, seed: 11 });
    expect(hMid).toBeCloseTo(1.4, 1);
    expect(hLow).toBeLessThan(1.3);
    expect(hHigh).toBeGreaterThan(1.5);
  });
});
