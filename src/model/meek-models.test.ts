import { describe, expect, it } from 'vitest';
import { H100_2025, flopPerDollar } from './compute-price.ts';
import {
  frontierCompute,
  meekCompute,
  meekGapPeakYears,
  meekState,
  yearsUntilCompute,
  type MeekScenario,
} from './meek-models.ts';
import { FITTED_COMPUTE, MEEK_MODELS_LOSS, ordersBeyondFit, powerLawLoss, reducibleLoss } from './power-law-loss.ts';

/** The paper's Figure 1: $1,000 for both actors at t = 0. */
const paper: MeekScenario = {
  spendGrowth: 3.6,
  hardwareGrowth: 1.4,
  algorithmicGrowth: 2.8,
  loss: MEEK_MODELS_LOSS,
  meekCompute: 1000 * flopPerDollar(H100_2025),
  initialComputeRatio: 1,
};

/** Golden-section search for the argmax of the gap on [lo, hi]. */
function numericArgmax(s: MeekScenario, lo: number, hi: number): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  for (let i = 0; i < 200; i++) {
    const c = b - phi * (b - a);
    const d = a + phi * (b - a);
    if (meekState(s, c).lossGap > meekState(s, d).lossGap) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

describe('power-law loss', () => {
  it('cuts reducible loss by about 30% for 10× compute (α = 0.155)', () => {
    const ratio = reducibleLoss(MEEK_MODELS_LOSS, 1e26) / reducibleLoss(MEEK_MODELS_LOSS, 1e25);
    expect(1 - ratio).toBeCloseTo(0.3, 2);
  });

  it('never rises with more compute', () => {
    let previous = Infinity;
    for (let exponent = 15; exponent <= 45; exponent += 0.5) {
      const loss = powerLawLoss(MEEK_MODELS_LOSS, 10 ** exponent);
      expect(loss).toBeLessThanOrEqual(previous);
      previous = loss;
    }
  });
});

describe('meek-model trajectories', () => {
  it('grows the meek actor by g_h·g_a and the frontier by g_i·g_h·g_a each year', () => {
    expect(meekCompute(paper, 1) / meekCompute(paper, 0)).toBeCloseTo(1.4 * 2.8, 12);
    expect(frontierCompute(paper, 1) / frontierCompute(paper, 0)).toBeCloseTo(3.6 * 1.4 * 2.8, 12);
  });

  it('starts with no gap when both actors start from the same budget', () => {
    expect(meekState(paper, 0).lossGap).toBe(0);
  });

  it('computes the gap as the difference of the two losses', () => {
    const state = meekState(paper, 4.5);
    expect(state.lossGap).toBeCloseTo(state.meekLoss - state.frontierLoss, 12);
  });
});

describe('meekGapPeakYears', () => {
  it('peaks about 3.3 years after the start at the paper’s growth rates', () => {
    expect(meekGapPeakYears(paper)).toBeCloseTo(3.33, 2);
  });

  it.each([
    ['the paper', paper],
    ['fast spending growth', { ...paper, spendGrowth: 8 }],
    ['slow shared progress', { ...paper, hardwareGrowth: 1.05, algorithmicGrowth: 1.2 }],
    ['steep returns', { ...paper, loss: { ...MEEK_MODELS_LOSS, alpha: 0.35 } }],
    ['a frontier that starts 100× ahead', { ...paper, initialComputeRatio: 100 }],
  ])('equals the numeric argmax of the gap for %s', (_, scenario) => {
    const closedForm = meekGapPeakYears(scenario);
    const numeric = numericArgmax(scenario, closedForm - 20, closedForm + 20);
    expect(closedForm).toBeCloseTo(numeric, 4);
    expect(meekState(scenario, closedForm).lossGap).toBeGreaterThan(meekState(scenario, closedForm + 1).lossGap);
    expect(meekState(scenario, closedForm).lossGap).toBeGreaterThan(meekState(scenario, closedForm - 1).lossGap);
  });

  it('does not depend on the shared budget when both start equal', () => {
    expect(meekGapPeakYears({ ...paper, meekCompute: 1e26 })).toBeCloseTo(meekGapPeakYears(paper), 12);
  });

  it('is infinite when nothing is shared: the gap then widens for ever', () => {
    const noSharedProgress = { ...paper, hardwareGrowth: 1, algorithmicGrowth: 1 };
    expect(meekGapPeakYears(noSharedProgress)).toBe(Infinity);
    expect(meekState(noSharedProgress, 30).lossGap).toBeGreaterThan(meekState(noSharedProgress, 10).lossGap);
  });

  it('rejects a frontier whose spend does not grow', () => {
    expect(() => meekGapPeakYears({ ...paper, spendGrowth: 1 })).toThrow(RangeError);
  });

  it('shrinks the gap towards zero long after the peak', () => {
    expect(meekState(paper, 60).lossGap).toBeLessThan(meekState(paper, 3.33).lossGap / 100);
  });
});

describe('where the loss law leaves its fitted range', () => {
  it('finds the year compute reaches a target in closed form, agreeing with the trajectory', () => {
    const t = yearsUntilCompute(paper.meekCompute, 1.4 * 2.8, FITTED_COMPUTE.high);
    expect(meekCompute(paper, t)).toBeCloseTo(FITTED_COMPUTE.high, -18);
    const tf = yearsUntilCompute(paper.meekCompute, 3.6 * 1.4 * 2.8, FITTED_COMPUTE.high);
    expect(frontierCompute(paper, tf) / FITTED_COMPUTE.high).toBeCloseTo(1, 9);
    // The frontier leaves the fitted range first, within two years of the paper's start; the meek actor a year later.
    expect(tf).toBeGreaterThan(0.5);
    expect(tf).toBeLessThan(t);
    expect(t).toBeLessThan(3);
  });

  it('says 0 when compute starts beyond the target and Infinity when it never grows', () => {
    expect(yearsUntilCompute(1e23, 2, 1e22)).toBe(0);
    expect(yearsUntilCompute(1e20, 1, 1e22)).toBe(Infinity);
    expect(yearsUntilCompute(1e20, 0.9, 1e22)).toBe(Infinity);
  });

  it('counts orders of magnitude beyond the largest fitted run', () => {
    expect(ordersBeyondFit(FITTED_COMPUTE.high)).toBe(0);
    expect(ordersBeyondFit(FITTED_COMPUTE.high * 1e20)).toBeCloseTo(20, 9);
    expect(ordersBeyondFit(paper.meekCompute)).toBeLessThan(0);
    // After 20 years at the paper's rates the frontier sits about 20 orders of magnitude beyond the fit.
    expect(ordersBeyondFit(frontierCompute(paper, 20))).toBeGreaterThan(19);
  });
});
