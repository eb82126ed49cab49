import { describe, expect, it } from 'vitest';
import { evaluateClaim } from './claims.ts';
import { choiceSetting, lower, paramAt, paramValue, subject, valueClause } from './claim-words.ts';
import { ANCHOR_ON_RECORD, ANCHOR_ON_RECORD_CHOICE } from './compute-cost-params.ts';
import { getFigure } from './registry.ts';
import type { ParamDefinition } from './spec.ts';

const spec = getFigure('meek-loss-gap', 4);
const check = (claim: object, state: Record<string, number>) =>
  evaluateClaim({ figure: 'meek-loss-gap', ...claim } as Parameters<typeof evaluateClaim>[0], spec, {}, state);
/** Reader states where the peak never comes (no shared progress) or lies before the start (large head starts). */
const HARD_STATES: readonly Record<string, number>[] = [
  { g_h: 1, g_a: 1 },
  { lead: 25.1 },
  { lead: 631 },
  { lead: 1e7 },
  { lead: 1e6, g_a: 10, alpha: 0.4 },
];

describe('how claim notes name values that are no quantity', () => {
  it('says what holds instead of an infinite or negative time to the peak', () => {
    const years = spec.values.peakYearsAfterStart!;
    expect(valueClause(years, Infinity)).toBe('the gap never stops widening');
    expect(valueClause(years, -29)).toBe('the gap is already shrinking at the start');
    expect(valueClause(years, 3.33)).toBe('the number of years from the start to the peak gap is 3.3 years');
    // A value without words of its own still never prints ∞.
    expect(valueClause({ label: 'Peak', format: String }, Infinity)).toBe('the peak has no value here');
    expect(subject('Closed compute records that no open model has matched')).toBe(
      'the number of closed compute records that no open model has matched',
    );
    expect(subject('Share of the records counted')).toBe('the share of the records counted');
    expect(subject('PaLM’s cost')).toBe('PaLM’s cost');
  });

  it('never prints ∞ or a negative duration in any note of the meek claims, at states where the peak is not a duration', () => {
    const claims = [
      { value: 'peakGap', param: 'g_i', trend: 'increasing' },
      { value: 'yearsGapWidens', param: 'g_i', condition: 'finite' },
      { value: 'yearsGapWidens', param: 'g_i', trend: 'decreasing' },
      { value: 'yearsGapWidens', param: 'g_a', trend: 'decreasing' },
      { value: 'yearsGapWidens', param: 'alpha', trend: 'decreasing' },
      { value: 'peakGap', param: 'alpha', at: { budget: 1000, lead: 1 }, trend: 'constant' },
      { value: 'yearsGapWidens', param: 'budget', trend: 'constant' },
      { value: 'peakGap', param: 'budget', trend: 'decreasing' },
      { value: 'yearsGapWidens', param: 'lead', trend: 'decreasing' },
      { value: 'peakYearsAfterStart', condition: '> 0' },
    ];
    for (const state of HARD_STATES) {
      for (const claim of claims) {
        const result = check(claim, state);
        for (const text of [result.checked, result.problem ?? '']) {
          expect(text).not.toMatch(/∞|Infinity|NaN|[−-]\d[\d.]*\s*years?/);
        }
      }
    }
  });

  it('says why a claim about the peak fails where the gap never peaks or already shrinks', () => {
    const sooner = { value: 'yearsGapWidens', param: 'g_i', trend: 'decreasing' };
    expect(check(sooner, { g_h: 1, g_a: 1 }).problem).toBe(
      'For any gᵢ from 1.1×/yr to 10×/yr, the gap never stops widening.',
    );
    // With a head start, faster investment can make the lead last longer: a true finding, said in words.
    expect(check(sooner, { lead: 25.1 }).problem).toMatch(
      /^At gᵢ = [\d.]+×\/yr, the gap is already shrinking at the start; at gᵢ = [\d.]+×\/yr, the time the gap keeps widening after the start is [\d.]+ years?\.$/,
    );
    // A time that is the same everywhere holds a "constant" claim, even when it is "from the start".
    expect(check({ value: 'yearsGapWidens', param: 'budget', trend: 'constant' }, { lead: 631 }).ok).toBe(true);
    // But a peak that never comes has no height to keep.
    expect(check({ value: 'peakGap', param: 'alpha', trend: 'constant' }, { g_h: 1, g_a: 1 }).problem).toBe(
      'For any α from 0.05 to 0.4, the gap never stops widening, so it has no largest value.',
    );
    expect(check({ value: 'peakYearsAfterStart', condition: '> 0' }, { lead: 631 }).problem).toBe(
      'The gap is already shrinking at the start.',
    );
  });

  it('names the ends of what a "constant" value spans, so the two numbers differ', () => {
    const result = check({ value: 'peakGap', param: 'alpha', trend: 'constant' }, { lead: 100 });
    expect(result.ok).toBe(false);
    const [, a, b] = /is ([\d.]+) nats per token; .* is ([\d.]+) nats per token\.$/.exec(result.problem!) ?? [];
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('keeps names capitalised and units singular for one', () => {
    expect(lower('Years from the start')).toBe('years from the start');
    expect(lower('PaLM’s cost')).toBe('PaLM’s cost');
    expect(lower('MMLU score')).toBe('MMLU score');
    expect(paramValue({ unit: 'steps' } as ParamDefinition, 1)).toBe('1 step');
    expect(paramValue({ unit: 'steps' } as ParamDefinition, 100)).toBe('100 steps');
  });

  it('names a parameter with choices by its chosen name, as its radio button does (was "r = 1")', () => {
    const def = ANCHOR_ON_RECORD_CHOICE;
    expect(paramValue(def, 0)).toBe('the fitted trend');
    expect(choiceSetting(def, 1)).toBe('start the frontier bill in 2025 from: the most expensive run');
    expect(paramAt(def, 0)).toBe('start the frontier bill in 2025 from: the fitted trend');
    // The same parameter as a slider (budget-frontier v3) keeps its symbol and number.
    expect(choiceSetting(ANCHOR_ON_RECORD, 1)).toBeUndefined();
    expect(paramAt(ANCHOR_ON_RECORD, 1)).toBe('r = 1');
  });
});
