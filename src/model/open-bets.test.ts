import { describe, expect, it } from 'vitest';
import { betCostUsd, betsAffordable, lastYearOfBets, type BetScenario } from './open-bets.ts';

const base: BetScenario = {
  year0: 2025,
  frontierCostUsd: 2e8,
  computeGrowth: 4.7,
  hardwareGrowth: 1.4,
  algorithmicGrowth: 2.8,
  lagYears: 1,
};

describe('open bets', () => {
  it('a bet a year behind costs the frontier bill cut by a year of compute and algorithmic growth', () => {
    expect(betCostUsd(2025, base)).toBeCloseTo(2e8 / (4.7 * 2.8), 0);
    expect(betCostUsd(2026, base) / betCostUsd(2025, base)).toBeCloseTo(4.7 / 1.4, 10);
  });

  it('bets affordable fall by the bill growth each year', () => {
    const ratio = betsAffordable(1e8, 2030, base) / betsAffordable(1e8, 2031, base);
    expect(ratio).toBeCloseTo(4.7 / 1.4, 10);
  });

  it('the last year of a bet is where one run costs the whole budget', () => {
    const last = lastYearOfBets(1e8, 1, base);
    expect(betsAffordable(1e8, last, base)).toBeCloseTo(1, 10);
  });

  it('stalled hardware brings the last bet forward', () => {
    const stalled = lastYearOfBets(1e8, 1, { ...base, hardwareGrowth: 1 });
    expect(stalled).toBeLessThan(lastYearOfBets(1e8, 1, base));
  });

  it('a bill that never grows never ends the bets that fit', () => {
    expect(lastYearOfBets(1e9, 1, { ...base, computeGrowth: 1.4 })).toBe(Infinity);
    expect(lastYearOfBets(1, 1, { ...base, computeGrowth: 1.4 })).toBe(-Infinity);
  });
});
