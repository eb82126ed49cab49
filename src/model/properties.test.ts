/**
 * Property tests (fast-check) over each function's declared domain: no NaN or
 * infinity, more compute never raises loss, and the two regimes of the wall.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BESIROGLU_2024, HOFFMANN_2022, HOFFMANN_2022_TEX, chinchillaLoss, computeOptimalModel } from './chinchilla.ts';
import { capability, simulateWall, type WallScenario } from './capability-wall.ts';
import { budgetLagMonths, costOfCompute, yearWithinReach } from './cost-incentives.ts';
import { decodeTokensPerSecond, fixedSizeLoss, maxParameters } from './edge.ts';
import { meekGapPeakYears, meekState } from './meek-models.ts';
import { MEEK_MODELS_LOSS, powerLawLoss } from './power-law-loss.ts';

const fits = fc.constantFrom(HOFFMANN_2022, HOFFMANN_2022_TEX, BESIROGLU_2024);
const flop = fc.double({ min: 1e15, max: 1e35, noNaN: true });
const factor = fc.double({ min: 1.01, max: 20, noNaN: true });
const finite = (x: number) => expect(Number.isFinite(x)).toBe(true);

describe('scaling laws', () => {
  it('give finite losses above E for any positive size and data', () => {
    fc.assert(
      fc.property(
        fits,
        fc.double({ min: 1e3, max: 1e15, noNaN: true }),
        fc.double({ min: 1e3, max: 1e17, noNaN: true }),
        (fit, n, d) => {
          const loss = chinchillaLoss(fit, n, d);
          finite(loss);
          expect(loss).toBeGreaterThan(fit.E);
        },
      ),
    );
  });

  it('never raise loss when compute grows (compute-optimal and power-law)', () => {
    fc.assert(
      fc.property(fits, flop, fc.double({ min: 1, max: 1e6, noNaN: true }), (fit, c, k) => {
        expect(computeOptimalModel(fit, c * k).loss).toBeLessThanOrEqual(computeOptimalModel(fit, c).loss + 1e-12);
        expect(powerLawLoss(MEEK_MODELS_LOSS, c * k)).toBeLessThanOrEqual(powerLawLoss(MEEK_MODELS_LOSS, c));
      }),
    );
  });

  it('never raise the loss of a fixed-size model when it sees more tokens', () => {
    fc.assert(
      fc.property(
        fits,
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.double({ min: 1e6, max: 1e16, noNaN: true }),
        (fit, n, d) => {
          expect(fixedSizeLoss(fit, n, d * 2)).toBeLessThanOrEqual(fixedSizeLoss(fit, n, d));
        },
      ),
    );
  });
});

describe('meek models', () => {
  it('give finite states and a finite peak whenever anything is shared', () => {
    fc.assert(
      fc.property(
        factor,
        factor,
        factor,
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (gi, gh, ga, alpha, t) => {
          const s = {
            spendGrowth: gi,
            hardwareGrowth: gh,
            algorithmicGrowth: ga,
            loss: { ...MEEK_MODELS_LOSS, alpha },
            meekCompute: 7e20,
            initialComputeRatio: 1,
          };
          const state = meekState(s, t);
          [state.frontierLoss, state.meekLoss, state.lossGap].forEach(finite);
          expect(state.lossGap).toBeGreaterThanOrEqual(0);
          finite(meekGapPeakYears(s));
        },
      ),
    );
  });
});

const wall = (over: Partial<WallScenario>): WallScenario => ({
  leaderStart: 26,
  followerStart: 25,
  leaderGrowth: 10,
  followerGrowth: 10,
  ceiling: Infinity,
  ceilingRisePerYear: 0,
  breakthroughsPerYear: 0,
  breakthroughSize: 0,
  seed: 1,
  reference: 24,
  ...over,
});

describe('the capability wall', () => {
  it('with a log-linear curve and equal growth, keeps the capability gap constant', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 1.5, max: 20, noNaN: true }),
        (lead, growth) => {
          const states = simulateWall(
            wall({ leaderStart: 25 + lead, leaderGrowth: growth, followerGrowth: growth }),
            15,
          );
          for (const s of states) expect(s.gap).toBeCloseTo(lead, 9);
        },
      ),
    );
  });

  it('with a saturating curve and shared progress, closes the capability gap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (lead, ceiling) => {
          const states = simulateWall(wall({ leaderStart: 25 + lead, ceiling }), 30);
          expect(states.at(-1)!.gap).toBeLessThan(states[0]!.gap / 100);
          for (let i = 1; i < states.length; i++)
            expect(states[i]!.gap).toBeLessThanOrEqual(states[i - 1]!.gap + 1e-12);
        },
      ),
    );
  });

  it('shows the two measures of "behind" parting: the gap closes while the lag in months stays put', () => {
    const states = simulateWall(wall({ ceiling: 3 }), 10);
    expect(states[8]!.gap).toBeLessThan(states[0]!.gap / 10);
    expect(states[0]!.lagMonths).toBeCloseTo(12, 6);
    expect(states[8]!.lagMonths).toBeCloseTo(12, 6);
  });

  it('keeps the gap open when the ceiling rises as fast as the actors climb', () => {
    const rising = simulateWall(wall({ ceiling: 3, ceilingRisePerYear: 1 }), 20);
    const fixed = simulateWall(wall({ ceiling: 3 }), 20);
    expect(rising.at(-1)!.gap).toBeGreaterThan(fixed.at(-1)!.gap * 10);
  });

  it('draws breakthroughs reproducibly from its seed', () => {
    const a = simulateWall(wall({ ceiling: 3, breakthroughsPerYear: 0.5, breakthroughSize: 1, seed: 9 }), 20);
    expect(simulateWall(wall({ ceiling: 3, breakthroughsPerYear: 0.5, breakthroughSize: 1, seed: 9 }), 20)).toEqual(a);
    expect(a.at(-1)!.ceiling).toBeGreaterThan(3);
  });

  it('speeds both actors up after the glut threshold, shortening the lag in time', () => {
    const glut = simulateWall(wall({ glut: { threshold: 3, speedUp: 10 } }), 8);
    const plain = simulateWall(wall({}), 8);
    expect(glut.at(-2)!.leader).toBeGreaterThan(plain.at(-2)!.leader);
    expect(glut[3]!.lagMonths).toBeLessThan(plain[3]!.lagMonths);
  });

  it('is log-linear without a ceiling and bounded by it otherwise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 40, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, w) => {
          expect(capability(x, { ceiling: Infinity, reference: 24 })).toBeCloseTo(x - 24, 12);
          expect(capability(x, { ceiling: w, reference: 24 })).toBeLessThanOrEqual(w);
        },
      ),
    );
  });
});

describe('cost and edge', () => {
  const prices = { year0: 2025, flopPerDollar: 7e17, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 };

  it('makes any fixed compute cheaper every year and reachable by any budget eventually', () => {
    fc.assert(
      fc.property(flop, fc.double({ min: 1e3, max: 1e11, noNaN: true }), (c, budget) => {
        expect(costOfCompute(c, 2026, prices)).toBeLessThan(costOfCompute(c, 2025, prices));
        const year = yearWithinReach(c, budget, prices);
        finite(year);
        expect(costOfCompute(c, Math.max(year, 2025), prices)).toBeLessThanOrEqual(budget * (1 + 1e-9));
      }),
    );
  });

  it('lets a fixed budget fall further behind the frontier every year (in months)', () => {
    const p = {
      budget: 1e6,
      budgetGrowth: 1,
      flopPerDollar: 7e17,
      hardwareGrowth: 1.4,
      algorithmicGrowth: 2.8,
      frontierCompute0: 5e26,
      frontierGrowth: 4.7 * 2.8,
    };
    expect(budgetLagMonths(5, p)).toBeGreaterThan(budgetLagMonths(0, p));
    // A budget growing as fast as the frontier's spending keeps a constant lag.
    const matched = { ...p, budgetGrowth: (4.7 * 2.8) / (1.4 * 2.8) };
    expect(budgetLagMonths(5, matched)).toBeCloseTo(budgetLagMonths(0, matched), 9);
  });

  it('gives finite model sizes and decode speeds for any device', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1024, noNaN: true }),
        fc.double({ min: 50, max: 8000, noNaN: true }),
        fc.constantFrom(0.5, 1, 2),
        (memory, bandwidth, bytes) => {
          const n = maxParameters({ memoryGB: memory, bytesPerParameter: bytes });
          finite(n);
          const speed = decodeTokensPerSecond({
            bandwidthGBs: bandwidth,
            efficiency: 0.6,
            activeParameters: n,
            bytesPerParameter: bytes,
          });
          finite(speed);
          // Filling memory with weights, speed is bandwidth ÷ memory read per token (a device-level invariant).
          expect(speed).toBeCloseTo((0.6 * bandwidth) / (memory * 0.8), 6);
        },
      ),
    );
  });
});
