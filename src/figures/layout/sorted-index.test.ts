import { describe, expect, it } from 'vitest';
import { firstAbove, firstAtLeast } from './sorted-index.ts';

describe('binary searches over values that never decrease', () => {
  const values = [1, 2, 2, 5];
  it('finds the first value at least x, and the first above it', () => {
    expect(firstAtLeast(values, 2)).toBe(1);
    expect(firstAbove(values, 2)).toBe(3);
    expect(firstAtLeast(values, 3)).toBe(3);
    expect(firstAbove(values, 0)).toBe(0);
  });
  it('gives the length when no value qualifies, and 0 for an empty list', () => {
    expect(firstAtLeast(values, 6)).toBe(4);
    expect(firstAbove(values, 5)).toBe(4);
    expect(firstAtLeast([], 1)).toBe(0);
  });
  it('agrees with a linear scan', () => {
    const sorted = [0, 0, 1, 3, 3, 3, 7, 8];
    for (let x = -1; x <= 9; x += 0.5) {
      expect(firstAtLeast(sorted, x)).toBe(
        sorted.findIndex((v) => v >= x) === -1 ? sorted.length : sorted.findIndex((v) => v >= x),
      );
      expect(firstAbove(sorted, x)).toBe(
        sorted.findIndex((v) => v > x) === -1 ? sorted.length : sorted.findIndex((v) => v > x),
      );
    }
  });
});
