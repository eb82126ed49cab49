import { describe, expect, it } from 'vitest';
import { GROWTH_RANGES, growthSampler, outcomeInterval } from './growth-uncertainty.ts';
import { parameter } from './parameters.ts';

describe('growth uncertainty', () => {
  it('matches the parameter registry', () => {
    for (const range of GROWTH_RANGES) {
      const p = parameter(range.id);
      expect({ default: range.default, low: range.low, high: range.high, distribution: range.distribution }).toEqual({
        default: p.default,
        low: p.low,
        high: p.high,
        distribution: p.distribution,
      });
    }
  });

  it('is reproducible from its seed', () => {
    expect(growthSampler(3)()).toEqual(growthSampler(3)());
  });

  it('covers the published range of g_a with its percentiles', () => {
    const [low, mid, high] = outcomeInterval((g) => g.g_a, { draws: 4000, seed: 11 });
    expect(mid).toBeCloseTo(2.8, 0);
    expect(low).toBeLessThanOrEqual(1.9);
    expect(high).toBeGreaterThan(5);
    const [hLow, , hHigh] = outcomeInterval((g) => g.g_h, { draws: 4000, seed: 11 });
    expect(hLow).toBeGreaterThanOrEqual(1.32);
    expect(hHigh).toBeLessThanOrEqual(1.41);
  });
});
