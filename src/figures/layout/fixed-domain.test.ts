import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { extentOverStates, niceDomain } from './fixed-domain.ts';

describe('extentOverStates', () => {
  const spec = getFigure('meek-loss-gap');
  const data = figureDataFromDisk(spec);
  const gaps = (rows: readonly Record<string, number | string>[]) => rows.map((row) => Number(row.loss_gap));

  it('holds the value drawn in every reachable state', () => {
    const options = { steps: 2, random: 4 };
    const [low, high] = extentOverStates(spec, data, gaps, options);
    expect(low).toBeLessThan(high);
    for (const state of reachableStates([spec], {}, options)) {
      for (const gap of gaps(spec.table(figureParams(spec, state.params), data))) {
        if (!Number.isFinite(gap)) continue;
        expect(gap).toBeGreaterThanOrEqual(low);
        expect(gap).toBeLessThanOrEqual(high);
      }
    }
  });

  it('says so when nothing finite is drawn', () => {
    expect(() => extentOverStates(spec, data, () => [NaN], { steps: 0, random: 0 })).toThrow(/meek-loss-gap/);
  });
});

describe('niceDomain', () => {
  it('rounds out to the step, or to powers of ten on a log axis', () => {
    expect(niceDomain([0.012, 0.43], 0.05)).toEqual([0, 0.45]);
    expect(niceDomain([2, 13], 5)).toEqual([0, 15]);
    expect(niceDomain([3e-4, 2e3], 'log')).toEqual([1e-4, 1e4]);
  });
});
