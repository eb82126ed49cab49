import { describe, expect, it } from 'vitest';
import { currentIndex, progressAt } from './reading-progress.ts';

describe('progressAt', () => {
  it('is the share of the body above the reading line, clamped', () => {
    expect(progressAt(300, 100, 1000)).toBeCloseTo(0.2);
    expect(progressAt(50, 100, 1000)).toBe(0);
    expect(progressAt(5000, 100, 1000)).toBe(1);
    expect(progressAt(300, 100, 0)).toBe(0);
  });
});

describe('currentIndex', () => {
  it('is the last heading above the reading line', () => {
    expect(currentIndex([-500, -20, 400], 250)).toBe(1);
    expect(currentIndex([300, 900], 250)).toBe(-1);
    expect(currentIndex([-900, -500, 10], 250)).toBe(2);
  });
});
