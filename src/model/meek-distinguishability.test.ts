import { describe, expect, it } from 'vitest';
import { TEST_ERROR_RATE, tokensToTellApart } from './meek-distinguishability.ts';

describe('tokens to tell two models apart (sequential test)', () => {
  it('matches Wald’s expected sample size with equal error rates', () => {
    const e = TEST_ERROR_RATE;
    const wald = ((1 - e) * Math.log((1 - e) / e) + e * Math.log(e / (1 - e))) / 0.1;
    expect(tokensToTellApart(0.1)).toBeCloseTo(wald, 12);
    expect(tokensToTellApart(0.15)).toBeCloseTo(17.67, 2);
  });

  it('grows as one over the gap, and without bound as the gap closes', () => {
    expect(tokensToTellApart(0.01) / tokensToTellApart(0.1)).toBeCloseTo(10, 9);
    expect(tokensToTellApart(0)).toBe(Infinity);
    expect(tokensToTellApart(-0.1)).toBe(Infinity);
  });

  it('needs more text for a stricter test', () => {
    expect(tokensToTellApart(0.1, 0.01)).toBeGreaterThan(tokensToTellApart(0.1, 0.05));
    expect(() => tokensToTellApart(0.1, 0.5)).toThrow(RangeError);
  });
});
