import { describe, expect, it } from 'vitest';
import { yearAxis, yearTicks, YEAR_LABEL_PX } from './year-axis.ts';

describe('yearTicks', () => {
  it('gives whole years, each once, at the smallest step that fits', () => {
    expect(yearTicks(2025, 2045, 320)).toEqual([2025, 2030, 2035, 2040, 2045]);
    expect(yearTicks(2025, 2045, 600)).toEqual([2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040, 2042, 2044]);
    expect(yearTicks(2025, 2045, 1200)).toHaveLength(21);
    expect(yearTicks(2025, 2027, 640)).toEqual([2025, 2026, 2027]);
  });

  it('never repeats a year on a short domain (was "2025 2025 2025 2026")', () => {
    expect(yearTicks(2025, 2025.75, 640)).toEqual([2025]);
    expect(yearTicks(2025.2, 2026.8, 640)).toEqual([2026]);
  });

  it('keeps labels YEAR_LABEL_PX apart at every width from 200 to 1280 px', () => {
    for (let width = 200; width <= 1280; width += 10) {
      for (const [from, to] of [
        [2012, 2025],
        [2019, 2025],
        [2025, 2045],
        [2025, 2100],
        [1950, 2030],
      ] as const) {
        const ticks = yearTicks(from, to, width);
        expect(ticks.every(Number.isInteger)).toBe(true);
        expect(new Set(ticks).size).toBe(ticks.length);
        const spacing = ticks.length > 1 ? (width * (ticks[1]! - ticks[0]!)) / (to - from) : Infinity;
        expect(spacing >= YEAR_LABEL_PX || ticks.length <= 2).toBe(true);
        expect(ticks[0]).toBeGreaterThanOrEqual(from);
        expect(ticks.at(-1)).toBeLessThanOrEqual(to);
      }
    }
  });
});

describe('yearAxis', () => {
  it('fixes the domain and writes years without grouping', () => {
    const axis = yearAxis([2025, 2045], { width: 390, marginLeft: 50, marginRight: 20 });
    expect(axis.domain).toEqual([2025, 2045]);
    expect(axis.ticks.map(axis.tickFormat)).toEqual(['2025', '2030', '2035', '2040', '2045']);
  });
});
