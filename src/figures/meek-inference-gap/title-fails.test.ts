import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import { inferenceTitleFails } from './title-fails.ts';
import spec from './v4.ts';

describe('meek-inference-gap: where its title fails', () => {
  it('holds while the catch-up comes within the figure’s ten years', () => {
    expect(inferenceTitleFails({ decline: 9, breakEven: 3.3, catchUpYears: 10, figureYears: 10 })).toBeUndefined();
  });

  it('says when prices fall too slowly ever to catch up', () => {
    const p = { ...defaultParams(spec), inference_price_decline: 1.5 };
    expect(spec.titleFails!(p, spec.table(p, {}))).toBe(
      'Prices fall 1.5× a year, more slowly than the 3.3× a year at which the affordable model would keep pace, so it never catches the frontier.',
    );
  });

  it('says when the catch-up comes only after the figure ends', () => {
    expect(inferenceTitleFails({ decline: 6.25, breakEven: 5.5, catchUpYears: 28.6, figureYears: 10 })).toBe(
      'Prices fall 6.3× a year, faster than the 5.5× a year at which the affordable model keeps pace, but it catches the frontier only in 29 years, after the figure ends.',
    );
  });
});
