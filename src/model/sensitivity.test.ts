import { describe, expect, it } from 'vitest';
import { flipPoint } from './inverse.ts';
import { meekGapPeakYears } from './meek-models.ts';
import { parameter } from './parameters/index.ts';
import { MEEK_MODELS_LOSS } from './power-law-loss.ts';
import { tornado } from './sensitivity.ts';

const peakYears = (v: Record<string, number>) =>
  meekGapPeakYears({
    spendGrowth: v.g_i!,
    hardwareGrowth: v.g_h!,
    algorithmicGrowth: v.g_a!,
    loss: { ...MEEK_MODELS_LOSS, alpha: v.alpha! },
    meekCompute: 7e20,
    initialComputeRatio: 1,
  });

describe('tornado', () => {
  const bars = tornado(['g_i', 'g_h', 'g_a', 'alpha'].map(parameter), peakYears);

  it('ranks parameters by how far they move the conclusion', () => {
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
    // Algorithmic progress has the widest published range (halving in 5–14 months), so it moves the peak most.
    expect(bars[0]!.id).toBe('g_a');
  });

  it('evaluates each parameter at its low and high with the others at their defaults', () => {
    const ga = bars.find((b) => b.id === 'g_a')!;
    const defaults = { g_i: 3.57, g_h: 1.4, g_a: 2.8, alpha: 0.155 };
    expect(ga.atLow).toBeCloseTo(peakYears({ ...defaults, g_a: parameter('g_a').low }), 12);
    expect(ga.atHigh).toBeCloseTo(peakYears({ ...defaults, g_a: parameter('g_a').high }), 12);
  });
});

describe('flipPoint', () => {
  it('finds square roots', () => {
    expect(flipPoint((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 8);
  });

  it('returns undefined when the conclusion does not flip in the range', () => {
    expect(flipPoint((x) => x + 10, 0, 1)).toBeUndefined();
  });

  it('finds how slow shared progress must be for the meek gap to peak only after 10 years', () => {
    // With hardware at 1.4×/yr the peak always comes within about 8 years, whatever g_a is:
    expect(flipPoint((g_a) => peakYears({ g_i: 3.6, g_h: 1.4, alpha: 0.155, g_a }) - 10, 1.01, 10)).toBeUndefined();
    // Without hardware progress, algorithmic progress alone must fall to about 1.23×/yr.
    const without = { g_i: 3.6, g_h: 1, alpha: 0.155 };
    const ga = flipPoint((g_a) => peakYears({ ...without, g_a }) - 10, 1.01, 10)!;
    const s = Math.log(3.6);
    const closedForm = Math.exp(s / (Math.exp(0.155 * s * 10) - 1)); // solves ln(1 + s/r) = 10·α·s for r = ln g_a
    expect(ga).toBeCloseTo(closedForm, 6);
    expect(ga).toBeLessThan(parameter('g_a').low); // far below the published interval (1.81–5.28×/yr)
  });
});
