import { describe, expect, it } from 'vitest';
import { ratioTicks } from './ratio-ticks.ts';

describe('ratioTicks', () => {
  it('gives the integers within one decade, 1-2-5 within two, and at most six powers of ten beyond', () => {
    expect(ratioTicks(4.7)).toEqual([1, 2, 3, 4]);
    expect(ratioTicks(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ratioTicks(28)).toEqual([1, 2, 5, 10, 20]);
    expect(ratioTicks(95_000)).toEqual([1, 10, 100, 1_000, 10_000]);
    expect(ratioTicks(3e5)).toEqual([1, 10, 100, 1_000, 10_000, 100_000]);
    expect(ratioTicks(1.2e24)).toEqual([1, 1e5, 1e10, 1e15, 1e20]);
  });

  it('keeps every tick inside [1, max] and never more than ten', () => {
    for (let exponent = 0.01; exponent < 30; exponent += 0.37) {
      const max = 10 ** exponent;
      const ticks = ratioTicks(max);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(10);
      for (const tick of ticks) expect(tick >= 1 && tick <= max * (1 + 1e-12)).toBe(true);
    }
  });

  it('gives the one tick 1 when the ratio never rises', () => {
    expect(ratioTicks(1)).toEqual([1]);
    expect(ratioTicks(Number.NaN)).toEqual([1]);
  });
});
