import { describe, expect, it } from 'vitest';
import { BESIROGLU_2024, HOFFMANN_2022_TEX, chinchillaLoss, computeOptimalModel } from './chinchilla.ts';
import { overTrainingPremium, sizeLimitedLoss, tokensForLoss } from './over-training.ts';

describe('over-training', () => {
  it('more tokens approach, never pass, the size limit', () => {
    const limit = sizeLimitedLoss(HOFFMANN_2022_TEX, 8e9);
    expect(limit).toBeCloseTo(1.868, 3);
    for (const tokens of [1e11, 1e12, 1e13, 1e14])
      expect(chinchillaLoss(HOFFMANN_2022_TEX, 8e9, tokens)).toBeGreaterThan(limit);
    expect(chinchillaLoss(HOFFMANN_2022_TEX, 8e9, 1e18) - limit).toBeLessThan(0.005);
  });

  it('tokensForLoss inverts the law for a fixed size', () => {
    for (const fit of [HOFFMANN_2022_TEX, BESIROGLU_2024]) {
      const tokens = tokensForLoss(fit, 8e9, 2.1);
      expect(chinchillaLoss(fit, 8e9, tokens)).toBeCloseTo(2.1, 10);
    }
    expect(tokensForLoss(HOFFMANN_2022_TEX, 8e9, 1.8)).toBe(Infinity);
  });

  it('the premium is about 1 on the compute-optimal path and grows with over-training', () => {
    const optimal = computeOptimalModel(HOFFMANN_2022_TEX, 1e23);
    expect(overTrainingPremium(HOFFMANN_2022_TEX, optimal.parameters, optimal.tokens)).toBeCloseTo(1, 2);
    expect(overTrainingPremium(HOFFMANN_2022_TEX, 8e9, 15e12)).toBeCloseTo(2.48, 2);
    expect(overTrainingPremium(HOFFMANN_2022_TEX, 8e9, 15e12)).toBeGreaterThan(
      overTrainingPremium(HOFFMANN_2022_TEX, 8e9, 1e12),
    );
  });
});
