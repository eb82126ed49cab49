import { describe, expect, it } from 'vitest';
import { evaluateDataClaim } from './data-claims.ts';
import { datasetRows } from './dataset-rows.ts';

const benchmarks = datasetRows('open-closed-benchmarks', 2);

describe('data claims', () => {
  it('checks a Kaplan–Meier median over a declared subset and reports its interval in words', () => {
    const result = evaluateDataClaim(
      { estimate: 'benchmark-lag', version: 2, subset: { from: '2025-01-01' }, condition: '> 8' },
      benchmarks,
    );
    // Issue 20.2: from 2025 the median is 8.4 months with 10 of 14 records unmatched.
    expect(result.ok).toBe(true);
    expect(result.estimate.estimate).toBeCloseTo(8.4, 1);
    expect(result.estimate.n).toBe(14);
    expect(result.checked).toMatch(
      /^Checked against open-closed-benchmarks v2: .* is 8\.4 months \(90% interval .*10 of 14 records not yet matched/,
    );
  });

  it('is false, with a reason in words, when the data contradict the sentence', () => {
    // "Starting later makes the lag shrink": from 2025 the median is not below the overall 7.4 months.
    const later = evaluateDataClaim(
      { estimate: 'benchmark-lag', version: 2, subset: { from: '2025-01-01' }, condition: '< 7.4' },
      benchmarks,
    );
    expect(later.ok).toBe(false);
    expect(later.problem).toMatch(/is 8\.4 months \(90% interval .*\), not below 7\.4 months\.$/);
    const strict = evaluateDataClaim(
      { estimate: 'benchmark-lag', version: 2, subset: { from: '2025-01-01' }, condition: '> 8', across: 'interval' },
      benchmarks,
    );
    expect(strict.ok).toBe(false);
    const empty = evaluateDataClaim(
      { estimate: 'benchmark-lag', version: 2, subset: { from: '2031-01-01' }, condition: '> 0' },
      benchmarks,
    );
    expect(empty.problem).toMatch(/no rows of open-closed-benchmarks v2 fall in the subset/);
  });

  it('checks a fitted growth rate over a window with its bootstrap interval', () => {
    const result = evaluateDataClaim(
      {
        estimate: 'training-cost-growth',
        version: 1,
        subset: { from: '2016-01-01', to: '2023-12-31' },
        condition: '> 2',
      },
      datasetRows('training-costs', 1),
    );
    expect(result.ok).toBe(true);
    expect(result.estimate.low).toBeLessThan(result.estimate.estimate);
    expect(result.checked).toMatch(/× a year \(90% interval /);
  });

  it('checks the growth of frontier training compute as the published estimate counts it', () => {
    // estimates v2, frontier-compute-growth: 4.57× a year (90% interval 4.34–4.80) over 67 flagged models, 2010–2024.
    const result = evaluateDataClaim(
      {
        estimate: 'frontier-compute-growth',
        version: 1,
        subset: { from: '2010-01-01', to: '2024-12-31' },
        condition: '> 4',
        across: 'interval',
      },
      datasetRows('ai-models', 1),
    );
    expect(result.ok).toBe(true);
    expect(result.estimate.estimate).toBeCloseTo(4.567, 2);
    expect(result.estimate.n).toBe(67);
  });

  it("checks that a year's two dearest runs stand above the trend through the record runs", () => {
    // The incentives essay: "both of 2025's dearest runs cost more than that trend level" (issue 20.8: the fitted
    // 2025 level, about $123M, lies below the year's records, about $301M and $185M).
    const costs = datasetRows('training-costs', 1);
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const result = evaluateDataClaim(
      { estimate: 'runner-up-over-cost-trend', version: 1, subset: year, condition: '> 1' },
      costs,
    );
    expect(result.ok).toBe(true);
    expect(result.estimate.estimate).toBeCloseTo(185 / 123, 1);
    expect(result.checked).toMatch(/^Checked against training-costs v1: the cost of the second most expensive/);
    // The same run is not above a trend level twice as high: the claim can fail.
    const stricter = evaluateDataClaim(
      { estimate: 'runner-up-over-cost-trend', version: 1, subset: year, condition: '> 2' },
      costs,
    );
    expect(stricter.ok).toBe(false);
    expect(() =>
      evaluateDataClaim({ estimate: 'runner-up-over-cost-trend', version: 1, subset: {}, condition: '> 1' }, costs),
    ).toThrow(/needs a window/);
  });

  it('names the estimators there are and the dataset versions there are', () => {
    expect(() => evaluateDataClaim({ estimate: 'lag', version: 2, subset: {}, condition: '> 0' }, [])).toThrow(
      /unknown estimate "lag" \(known: benchmark-lag, compute-lag, runner-up-over-cost-trend, training-cost-growth, frontier-compute-growth\)/,
    );
    expect(() => datasetRows('open-closed-benchmarks', 99)).toThrow(/no published version 99/);
  });
});
