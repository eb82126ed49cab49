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
      expect(range.level).toBe(p.level);
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

  it('covers the published interval of g_a with its percentiles', () => {
    const [low, mid, high] = outcomeInterval((g) => g.g_a, { draws: 4000, seed: 11 });
    // The 95% interval 1.81–5.28 has 5th–95th percentiles inside it, around the geometric centre √(1.81 × 5.28).
    expect(mid).toBeCloseTo(Math.sqrt(1.8114473285278132 * 5.278031643091577), 1);
    expect(low).toBeGreaterThan(1.81);
    expect(low).toBeLessThan(2.2);
    expect(high).toBeLessThan(5.28);
    expect(high).toBeGreaterThan(4.4);
    const [hLow, hMid, hHigh] = outcomeInterval((g) => g.g_h, { draws: 4000, seed: 11 });
    expect(hMid).toBeCloseTo(1.4, 1);
    expect(hLow).toBeLessThan(1.3);
    expect(hHigh).toBeGreaterThan(1.5);
    expect(hHigh).toBeLessThan(1.5685);
  });
});
