import { describe, expect, it } from 'vitest';
import {
  BESIROGLU_2024,
  HOFFMANN_2022,
  HOFFMANN_2022_TEX,
  chinchillaLoss,
  computeFrontier,
  computeOptimalModel,
  trainingFlop,
} from './chinchilla.ts';

describe('chinchillaLoss', () => {
  it('is E plus the two power-law terms (Hoffmann et al. 2022, eq. 2)', () => {
    const fit = HOFFMANN_2022;
    const expected = 1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28;
    expect(chinchillaLoss(fit, 70e9, 1.4e12)).toBeCloseTo(expected, 12);
    expect(chinchillaLoss(fit, 70e9, 1.4e12)).toBeCloseTo(1.937, 3);
  });

  it('approaches E as parameters and tokens grow without bound', () => {
    expect(chinchillaLoss(BESIROGLU_2024, 1e30, 1e30)).toBeCloseTo(BESIROGLU_2024.E, 6);
  });
});

describe('computeOptimalModel', () => {
  it('puts Chinchilla’s 5.76e23 FLOP into about 72B parameters and 1.33T tokens under the Besiroglu fit', () => {
    const model = computeOptimalModel(BESIROGLU_2024, 5.76e23);
    expect(model.parameters / 1e9).toBeCloseTo(72, 0);
    expect(model.tokens / 1e12).toBeCloseTo(1.33, 2);
    expect(model.tokens / model.parameters).toBeGreaterThan(18);
    expect(model.tokens / model.parameters).toBeLessThan(20);
    expect(trainingFlop(model.parameters, model.tokens)).toBeCloseTo(5.76e23, -19);
  });

  it('is the minimum of the loss along the iso-compute curve C = 6ND', () => {
    const flop = 1e24;
    const optimum = computeOptimalModel(HOFFMANN_2022_TEX, flop);
    for (const factor of [0.5, 0.8, 1.25, 2]) {
      const parameters = optimum.parameters * factor;
      const loss = chinchillaLoss(HOFFMANN_2022_TEX, parameters, flop / (6 * parameters));
      expect(loss).toBeGreaterThan(optimum.loss);
    }
  });
});

describe('computeFrontier', () => {
  it('gives L*(C) ≈ 1.69 + 1070·C^(−0.155) for Hoffmann’s TeX-source fit', () => {
    const frontier = computeFrontier(HOFFMANN_2022_TEX);
    expect(frontier.L0).toBe(1.69);
    expect(frontier.gamma).toBeCloseTo(0.155, 3);
    expect(frontier.K).toBeGreaterThan(1040);
    expect(frontier.K).toBeLessThan(1100);
  });

  it('agrees with the loss of the compute-optimal model at every scale', () => {
    const frontier = computeFrontier(BESIROGLU_2024);
    for (const flop of [1e18, 1e21, 5.76e23, 1e26, 1e29]) {
      const direct = computeOptimalModel(BESIROGLU_2024, flop).loss;
      expect(frontier.L0 + frontier.K * flop ** -frontier.gamma).toBeCloseTo(direct, 10);
    }
  });

  it('multiplies the reducible loss by about 0.70 for 10× compute', () => {
    const { K, gamma } = computeFrontier(HOFFMANN_2022_TEX);
    const ratio = (K * 1e25 ** -gamma) / (K * 1e24 ** -gamma);
    expect(ratio).toBeCloseTo(0.7, 2);
  });
});
