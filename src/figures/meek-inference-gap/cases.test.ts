import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import { catchUpCase } from './figure.ts';
import v2 from './v2.ts';

describe('meek-inference-gap cases', () => {
  it('tells a catch-up in years from one at once and from none', () => {
    expect(catchUpCase(0.85)).toBe('years');
    expect(catchUpCase(0.01)).toBe('atOnce');
    expect(catchUpCase(Infinity)).toBe('never');
  });

  it('never catches up when prices fall too slowly, and says so in the description', () => {
    const p = { ...defaultParams(v2), inference_price_decline: 1.5 };
    const rows = v2.table(p, {});
    expect(v2.cases!.catchUp!.compute(p, rows)).toBe('never');
    expect(v2.alt(p, rows)).toMatch(/too slowly for it ever to catch up/);
    expect(v2.alt(p, rows)).not.toMatch(/∞|NaN|Infinity/);
  });
});
