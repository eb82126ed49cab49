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
    expect(leaksIn(['from 2025 to 2045', '$2,000 a month', '12,400 tokens', 'gᵢ = 3.6'])).toEqual([]);
    // Round hundreds are counts (a 2,000B axis, 2,100 billion parameters) unless a year's word comes before them.
    expect(leaksIn(['2,000', '2,000B', 'holds 2,100 billion', 'from 2,000 on'])).toEqual([
      'grouped year "2,000" in "from 2,000 on"',
    ]);
    // A readout beside a year slider: "2,019" alone is a year. (A count of 2,048 next to a space reads the same.)
    expect(leaksIn(['2,019', '2,048 GB'])).toEqual([
      'grouped year "2,019" in "2,019"',
      'grouped year "2,048" in "2,048 GB"',
    ]);
  });
});
