import { describe, expect, it } from 'vitest';
import { meekHeadStartForShrinkingGap } from './meek-head-start.ts';
import { meekGapPeakYears, type MeekScenario } from './meek-models.ts';
import { MEEK_MODELS_LOSS } from './power-law-loss.ts';

const paper: MeekScenario = {
  spendGrowth: 3.6,
  hardwareGrowth: 1.4,
  algorithmicGrowth: 2.8,
  loss: MEEK_MODELS_LOSS,
  meekCompute: 7e20,
  initialComputeRatio: 1,
};

describe('meekHeadStartForShrinkingGap', () => {
  it('is about 71× at the paper’s growth rates', () => {
    expect(meekHeadStartForShrinkingGap(paper)).toBeCloseTo(71.3, 0);
  });

  it('puts the peak of the gap exactly at the start', () => {
    for (const scenario of [paper, { ...paper, spendGrowth: 6, loss: { ...MEEK_MODELS_LOSS, alpha: 0.3 } }]) {
      const rho = meekHeadStartForShrinkingGap(scenario);
      expect(meekGapPeakYears({ ...scenario, initialComputeRatio: rho })).toBeCloseTo(0, 10);
      expect(meekGapPeakYears({ ...scenario, initialComputeRatio: rho * 2 })).toBeLessThan(0);
    }
  });

  it('is infinite without shared progress', () => {
    expect(meekHeadStartForShrinkingGap({ ...paper, hardwareGrowth: 1, algorithmicGrowth: 1 })).toBe(Infinity);
  });
});
