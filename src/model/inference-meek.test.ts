import { describe, expect, it } from 'vitest';
import { BESIROGLU_2024, HOFFMANN_2022_TEX } from './chinchilla.ts';
import { affordableComputeGrowth, inferenceGap } from './inference-meek.ts';
import { MEEK_MODELS_LOSS } from './power-law-loss.ts';

const exponent = (fit: { alpha: number; beta: number }) => fit.beta / (fit.alpha + fit.beta);

describe('inference-side meek models', () => {
  it('uses the compute-optimal parameter exponent a = β/(α+β): about 0.46 (Hoffmann) to 0.51 (Besiroglu)', () => {
    expect(exponent(HOFFMANN_2022_TEX)).toBeCloseTo(0.456, 3);
    expect(exponent(BESIROGLU_2024)).toBeCloseTo(0.513, 3);
  });

  it('turns even the slowest published price decline (9×/yr) into faster growth than frontier training', () => {
    const frontier = 4.7 * 2.8; // compute × algorithms
    expect(affordableComputeGrowth(9, exponent(BESIROGLU_2024))).toBeGreaterThan(frontier);
  });

  it('closes the inference gap when affordable compute outgrows the frontier, and never lets it go negative', () => {
    const p = {
      compute0: 1e24,
      frontierGrowth: 13,
      priceDeclinePerYear: 40,
      parameterExponent: 0.5,
      loss: MEEK_MODELS_LOSS,
    };
    expect(inferenceGap(0, p)).toBe(0);
    expect(inferenceGap(3, p)).toBe(0);
    const slow = { ...p, priceDeclinePerYear: 2 };
    // With prices falling only 2×/yr the budget's compute grows 4×/yr, slower than the frontier's
    // 13×: a gap opens, and like the training-side gap it peaks and then shrinks.
    expect(inferenceGap(1, slow)).toBeGreaterThan(0);
    expect(inferenceGap(2, slow)).toBeGreaterThan(inferenceGap(1, slow));
    expect(inferenceGap(30, slow)).toBeLessThan(inferenceGap(2, slow) / 10);
  });
});
