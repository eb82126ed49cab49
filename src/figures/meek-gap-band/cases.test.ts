import { describe, expect, it } from 'vitest';
import { peakRangeCase } from './figure.ts';
import v2 from './v2.ts';

describe('meek-gap-band peak range', () => {
  it('lies inside the figure at the paper’s start, partly before it with a large head start', () => {
    expect(peakRangeCase(1)).toBe('inside');
    expect(peakRangeCase(1e7)).toBe('someBefore');
  });

  it('writes years without separators in its description', () => {
    const p = { budget: 1000, lead: 1 };
    const text = v2.alt(p, v2.table(p, {}));
    expect(text).toMatch(/highest in 20\d\d,/);
    expect(text).not.toMatch(/2,0\d\d/);
  });
});
