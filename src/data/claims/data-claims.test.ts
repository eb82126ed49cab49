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

  it('names the estimators there are and the dataset versions there are', () => {
    expect(() => evaluateDataClaim({ estimate: 'lag', version: 2, subset: {}, condition: '> 0' }, [])).toThrow(
      /unknown estimate "lag" \(known: benchmark-lag, compute-lag, training-cost-growth, frontier-compute-growth\)/,
    );
    expect(() => datasetRows('open-closed-benchmarks', 99)).toThrow(/no published version 99/);
  });
});
