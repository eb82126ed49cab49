import { describe, expect, it } from 'vitest';
import { evaluateClaim, parseCondition, rangeGrid } from './claims.ts';
import { getFigure } from './registry.ts';

const spec = getFigure('meek-loss-gap', 3);
const check = (claim: Parameters<typeof evaluateClaim>[0]) => evaluateClaim(claim, spec, {});

describe('checked claims', () => {
  it('walks a log parameter evenly in log space', () => {
    expect(rangeGrid({ min: 1, max: 100, scale: 'log' } as never, 3)).toEqual([1, 10, 100]);
  });

  it('a larger α brings the peak sooner and leaves its height unchanged at the paper’s budget (v3)', () => {
    const base = { figure: 'meek-loss-gap', param: 'alpha' };
    expect(check({ ...base, value: 'peakYearsAfterStart', trend: 'decreasing' }).ok).toBe(true);
    expect(check({ ...base, value: 'peakGap', trend: 'constant' }).ok).toBe(true);
    const raised = check({ ...base, value: 'peakGap', trend: 'increasing' });
    expect(raised.ok).toBe(false);
    expect(raised.problem).toMatch(/^The largest loss gap .* does not change with α: it is .* throughout\.$/);
  });

  it('v2 held the law at 10²⁵ FLOP, where a larger α raised the peak: the old sentence is false there', () => {
    const v2 = getFigure('meek-loss-gap', 2);
    const shallower = evaluateClaim(
      { figure: 'meek-loss-gap', value: 'peakGap', param: 'alpha', trend: 'decreasing' },
      v2,
      {},
    );
    expect(shallower.ok).toBe(false);
    expect(shallower.problem).toMatch(/rises from .* at α = .* to .* at α = /);
  });

  it('without shared progress the gap never peaks, whatever the spend growth', () => {
    const result = check({
      figure: 'meek-loss-gap',
      value: 'peakYearsAfterStart',
      param: 'g_i',
      at: { g_h: 1, g_a: 1 },
      condition: 'infinite',
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.checked).toMatch(/with gₕ = 1×\/yr and gₐ = 1×\/yr and the other settings as shown/);
  });

  it('conditions at the defaults', () => {
    expect(check({ figure: 'meek-loss-gap', value: 'peakGap', condition: '> 0' }).ok).toBe(true);
    expect(check({ figure: 'meek-loss-gap', value: 'peakGap', condition: '> 1' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(
        /^The largest loss gap from the start on is 0\.15 nats per token, not above 1 nats per token\.$/,
      ),
    });
  });

  it('is checked at the state the reader sees, and says why it fails there in words and formatted values', () => {
    const claim = { figure: 'meek-loss-gap', value: 'peakYearsAfterStart', param: 'g_i', condition: 'finite' };
    expect(check(claim).ok).toBe(true);
    const stalled = evaluateClaim(claim, spec, {}, { g_h: 1, g_a: 1 });
    expect(stalled.ok).toBe(false);
    // No peak to speak of: the note says so in words, never "∞ years".
    expect(stalled.problem).toBe('At gᵢ = 1.1×/yr, the gap never stops widening.');
    // No keys, no raw floats: every number went through a formatter.
    for (const text of [stalled.checked, stalled.problem!]) {
      expect(text).not.toMatch(/\b(g_i|g_h|g_a|peakYearsAfterStart)\b|\d\.\d{5,}/);
    }
  });

  it('refuses what it cannot check, naming what exists', () => {
    expect(() => check({ figure: 'meek-loss-gap', value: 'nope', condition: 'finite' })).toThrow(/has: .*peakYear/);
    expect(() => check({ figure: 'meek-loss-gap', value: 'peakGap', param: 'beta', trend: 'increasing' })).toThrow(
      /no parameter "beta"/,
    );
    expect(() => check({ figure: 'meek-loss-gap', value: 'peakGap', at: { g_i: 99 }, condition: 'finite' })).toThrow(
      /outside/,
    );
    expect(() => parseCondition('big')).toThrow(/unknown condition/);
  });
});
