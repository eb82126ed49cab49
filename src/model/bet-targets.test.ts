import { describe, expect, it } from 'vitest';
import {
  firstFixedBetYear,
  fixedBetCost,
  frontierBillIn,
  lastMovingBetYear,
  movingBetCost,
  type BetWorld,
} from './bet-targets.ts';
import { yearWithinReach } from './cost-incentives.ts';

const world: BetWorld = {
  year0: 2025,
  frontierCostUsd: 3e8,
  billGrowth: 2.4,
  hardwareGrowth: 1.4,
  algorithmicGrowth: 2.8,
};

describe('bets on moving and fixed targets', () => {
  it('a moving-target bet costs the bill of ℓ years earlier, cut by ℓ years of progress', () => {
    expect(movingBetCost(2025, 2, world)).toBeCloseTo(3e8 / 2.4 ** 2 / (1.4 * 2.8) ** 2, 3);
    // Its price grows with the leaders' bill: g$ a year, whatever hardware does.
    expect(movingBetCost(2026, 2, world) / movingBetCost(2025, 2, world)).toBeCloseTo(2.4, 10);
  });

  it('a fixed-target bet gets cheaper by gₕ·gₐ a year, and never grows with the leaders’ bill', () => {
    expect(fixedBetCost(2026, 2025, world) / fixedBetCost(2027, 2025, world)).toBeCloseTo(1.4 * 2.8, 10);
    expect(fixedBetCost(2027, 2025, { ...world, billGrowth: 4 })).toBeCloseTo(fixedBetCost(2027, 2025, world), 6);
  });

  it('the last moving bet is where one run costs the whole budget', () => {
    const last = lastMovingBetYear(1e7, 2, world);
    expect(movingBetCost(last, 2, world)).toBeCloseTo(1e7, 0);
  });

  it('the first fixed bet is budget-frontier’s reach year: one model for both figures', () => {
    const first = firstFixedBetYear(1e7, 2025, world);
    expect(fixedBetCost(first, 2025, world)).toBeCloseTo(1e7, 0);
    const reach = yearWithinReach(frontierBillIn(2025, world), 1e7, {
      year0: 2025,
      flopPerDollar: 1,
      hardwareGrowth: 1.4,
      algorithmicGrowth: 2.8,
    });
    expect(first).toBeCloseTo(reach, 10);
  });

  it('flat hardware costs a moving bet ℓ·ln gₕ / ln g$ years, and delays a fixed one', () => {
    const flat = { ...world, hardwareGrowth: 1 };
    const lost = lastMovingBetYear(1e7, 2, world) - lastMovingBetYear(1e7, 2, flat);
    expect(lost).toBeCloseTo((2 * Math.log(1.4)) / Math.log(2.4), 10);
    expect(firstFixedBetYear(1e7, 2025, flat)).toBeGreaterThan(firstFixedBetYear(1e7, 2025, world));
  });

  it('answers at the edges: a bill that never grows, a capability whose cost never falls, a budget already enough', () => {
    expect(lastMovingBetYear(1e9, 2, { ...world, billGrowth: 1 })).toBe(Infinity);
    expect(lastMovingBetYear(1, 2, { ...world, billGrowth: 1 })).toBe(-Infinity);
    expect(firstFixedBetYear(1e7, 2025, { ...world, hardwareGrowth: 1, algorithmicGrowth: 1 })).toBe(Infinity);
    expect(firstFixedBetYear(1e9, 2025, world)).toBe(2025);
  });
});
