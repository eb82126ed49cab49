import { describe, expect, it } from 'vitest';
import { logLinearTrend } from './log-linear-trend.ts';

describe('logLinearTrend', () => {
  it('fits an exact exponential exactly', () => {
    const trend = logLinearTrend([2019, 2020, 2021, 2022].map((x) => ({ x, y: 3 * 4 ** (x - 2019) })));
    expect(trend.annualFactor).toBeCloseTo(4, 12);
    expect(trend.doublingYears).toBeCloseTo(0.5, 12);
  });

  it('refuses what has no trend', () => {
    expect(() => logLinearTrend([{ x: 2020, y: 1 }])).toThrow(RangeError);
    expect(() =>
      logLinearTrend([
        { x: 2020, y: 1 },
        { x: 2020, y: 2 },
      ]),
    ).toThrow(/one date/);
    expect(() =>
      logLinearTrend([
        { x: 2020, y: 1 },
        { x: 2021, y: 0 },
      ]),
    ).toThrow(/positive/);
  });
});
