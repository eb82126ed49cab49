import { describe, expect, it } from 'vitest';
import { tokensToTellApart } from '../../model/meek-distinguishability.ts';
import { defaultParams } from '../spec.ts';
import v4 from './v4.ts';
import { formatOrders, formatTokens, formatYearOf, formatYears, widestGap } from './values.ts';

describe('meek-loss-gap values are values, never clauses', () => {
  it('formats durations, years, orders of magnitude and tokens', () => {
    expect(formatYears(3.33)).toBe('3.3 years');
    expect(formatYears(1)).toBe('1 year');
    expect(formatYearOf(3.33)).toBe('2028');
    expect(formatYearOf(10)).toBe('2035');
    expect(formatOrders(21.6)).toBe('22 orders of magnitude');
    expect(formatOrders(1.2)).toBe('1 order of magnitude');
    expect(formatTokens(2650)).toBe('2,700 tokens');
  });

  it('at the paper’s values gives the numbers the essay reports', () => {
    const p = defaultParams(v4);
    const rows = v4.table(p, {});
    const value = (name: string) => v4.values[name]!.format(v4.values[name]!.compute(p, rows));
    expect(value('peakYear')).toBe('2028');
    expect(value('peakYearsAfterStart')).toBe('3.3 years');
    expect(value('frontierLeavesFitYear')).toBe('2026');
    expect(value('meekLeavesFitYear')).toBe('2027');
    expect(value('frontierComputeGrowth')).toBe('5× a year');
    expect(value('meekThresholdYear')).toBe('2031');
    expect(value('tokensToTellApartAtPeak')).toBe('18 tokens');
    // No value is a clause: none contains a colon or the words the old formatters spliced in.
    for (const name of Object.keys(v4.values)) expect(value(name)).not.toMatch(/:|never|already|not defined/);
  });

  it('prints the error rate its token counts are computed at (the essay types no rate)', () => {
    const p = defaultParams(v4);
    const rows = v4.table(p, {});
    const rate = v4.values.testErrorRate!.compute(p, rows);
    expect(v4.values.testErrorRate!.format(rate)).toBe('5%');
    const atPeak = v4.values.tokensToTellApartAtPeak!.compute(p, rows);
    const gap = widestGap(rows);
    expect(atPeak).toBe(tokensToTellApart(gap, rate));
    expect(tokensToTellApart(gap, rate * 2)).not.toBe(atPeak);
  });

  it('counts the tokens at the widest gap the figure draws, finite where the gap never stops widening', () => {
    const p = { ...defaultParams(v4), g_h: 1, g_a: 1 };
    const rows = v4.table(p, {});
    const tokens = v4.values.tokensToTellApartAtPeak!.compute(p, rows);
    expect(tokens).toBeGreaterThan(1);
    expect(v4.values.tokensToTellApartAtPeak!.format(tokens)).not.toBe('0 tokens');
    expect(v4.cases!.widestGap!.compute(p, rows)).toBe('atEnd');
    expect(v4.cases!.widestGap!.compute(defaultParams(v4), v4.table(defaultParams(v4), {}))).toBe('inside');
  });
});
