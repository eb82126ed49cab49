import { describe, expect, it } from 'vitest';
import { formatPoints, formatScoreYear, widestCase } from './values.ts';

describe('meek-capability-gap values', () => {
  it('reads points and years as values', () => {
    expect(formatPoints(35.2)).toBe('35 percentage points');
    expect(formatPoints(0.01)).toBe('less than 0.1 percentage points');
    expect(formatScoreYear(2029.75)).toBe('2029');
  });

  it('says when the gap is widest: at the start, during the figure, or still widening at its end', () => {
    expect(widestCase(2025)).toBe('atStart');
    expect(widestCase(2028.25)).toBe('during');
    expect(widestCase(2045)).toBe('atEnd');
  });
});
