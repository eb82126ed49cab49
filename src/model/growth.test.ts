import { describe, expect, it } from 'vitest';
import { annualFactorFromDoublingYears, annualFactorFromHalvingMonths, annualRate, doublingYears } from './growth.ts';

describe('growth conversions', () => {
  it('turns an 8-month halving time into about 2.83× a year (Ho et al. 2024)', () => {
    expect(annualFactorFromHalvingMonths(8)).toBeCloseTo(2.83, 2);
  });

  it('turns a 2.1–2.5 year doubling time into 1.32–1.39× a year (Hobbhahn & Besiroglu 2022)', () => {
    expect(annualFactorFromDoublingYears(2.5)).toBeCloseTo(1.32, 2);
    expect(annualFactorFromDoublingYears(2.1)).toBeCloseTo(1.39, 2);
  });

  it('round-trips doubling time and annual factor', () => {
    for (const years of [0.5, 1, 2.3, 10])
      expect(doublingYears(annualFactorFromDoublingYears(years))).toBeCloseTo(years, 12);
    expect(annualRate(Math.E ** 2)).toBeCloseTo(2, 12);
  });
});
