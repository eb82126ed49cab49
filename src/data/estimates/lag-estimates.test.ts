import { describe, expect, it } from 'vitest';
import { decimalYear } from './decimal-year.ts';
import { survivalLag } from './lag-estimates.ts';

describe('survivalLag', () => {
  // Three closed records: two matched after 12 and 24 months, one unmatched for 48 months.
  const releases = [
    { date: decimalYear('2018-01-01'), value: 10, open: false },
    { date: decimalYear('2019-01-01'), value: 10, open: true },
    { date: decimalYear('2019-01-01'), value: 100, open: false },
    { date: decimalYear('2021-01-01'), value: 100, open: true },
    { date: decimalYear('2022-01-01'), value: 1000, open: false },
  ];

  it('counts matched and censored records, and the matched-only median beside the Kaplan–Meier one', () => {
    const lag = survivalLag(releases, '2026-01-01');
    expect(lag.n).toBe(3);
    expect(lag.survival).toMatchObject({ matched: 2, censored: 1 });
    expect(lag.survival!.matchedOnly).toBeCloseTo(18, 1);
    // S(12) = 2/3, S(24) = 1/3: the median is the second match, 24 months, not the 18 of the matched-only median.
    expect(lag.interval.estimate).toBeCloseTo(24, 1);
    expect(lag.interval.method).toBe('brookmeyer-crowley');
  });

  it('is "not reached" when the censored records outlast half the curve', () => {
    const lag = survivalLag(releases.slice(0, 2).concat(releases[4]!, { ...releases[2]!, value: 500 }), '2026-01-01');
    expect(lag.survival).toMatchObject({ matched: 1, censored: 2 });
    expect(lag.interval.estimate).toBe(Infinity);
  });
});
