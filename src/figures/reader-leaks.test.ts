import { describe, expect, it } from 'vitest';
import { leaksIn } from './reader-leaks.ts';

describe('leaksIn', () => {
  it('finds NaN, undefined, grouped years and internal names', () => {
    expect(leaksIn(['highest in 2,029', 'peaks at NaN', 'value undefined', 'g_C grows', 'C^(−α)'])).toEqual([
      'grouped year "2,029" in "highest in 2,029"',
      '"NaN" in "peaks at NaN"',
      '"undefined" in "value undefined"',
      'internal name "g_C" in "g_C grows"',
      'internal name "^(" in "C^(−α)"',
    ]);
  });

  it('leaves years, amounts and counts alone', () => {
    expect(leaksIn(['from 2025 to 2045', '$2,000 a month', '12,400 tokens', '2,048 GB', 'gᵢ = 3.6'])).toEqual([
      'grouped year "2,048" in "2,048 GB"',
    ]);
  });
});
