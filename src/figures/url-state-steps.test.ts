/** A URL value between a slider's steps moves to the nearest stop a reader could reach. */
import { describe, expect, it } from 'vitest';
import type { AnyFigureSpec, ParamDefinition } from './spec.ts';
import { nearestStop, reachableValue } from './url-state-steps.ts';

const year: ParamDefinition = {
  label: 'Year',
  symbol: 'y',
  unit: 'year',
  description: 'A year.',
  default: 2029,
  min: 2026,
  max: 2044,
  step: 1,
  scale: 'linear',
  source: 'test',
};
const budget: ParamDefinition = { ...year, unit: 'US$', default: 1000, min: 100, max: 1e10, step: 0.1, scale: 'log' };
const fine: ParamDefinition = { ...year, default: 0.155, min: 0.05, max: 0.4, step: 0.005, anchors: [] };
const spec = {
  params: { year, budget, fine },
  presets: [{ label: 'Late', params: { year: 2040.5 }, source: 'test' }],
} as unknown as AnyFigureSpec;

describe('nearestStop', () => {
  it('rounds to the nearest stop from the minimum, as a range input snaps', () => {
    expect(nearestStop(year, 2029.4)).toBe(2029);
    expect(nearestStop(year, 2029.5)).toBe(2030);
    expect(nearestStop(fine, 0.1571)).toBe(0.155);
    expect(nearestStop(fine, 0.1576)).toBe(0.16);
  });

  it('reads a log slider’s stop as the island does: 10 to the position, three significant digits', () => {
    expect(nearestStop(budget, 12_589)).toBe(12_600);
    expect(nearestStop(budget, 2_500)).toBe(2_510);
    expect(nearestStop(budget, 1e6)).toBe(1e6);
  });

  it('never leaves the range, even when the maximum is not on a step', () => {
    const odd = { ...year, max: 2044.5 };
    expect(nearestStop(odd, 2044.4)).toBe(2044);
    expect(nearestStop(year, 2026)).toBe(2026);
  });

  it('leaves a slider without a step alone', () => {
    expect(nearestStop({ ...year, step: 0 }, 2029.37)).toBe(2029.37);
  });
});

describe('reachableValue', () => {
  it('moves a value between steps and says it moved', () => {
    expect(reachableValue(spec, 'year', year, 2029.5, 2029)).toEqual({ value: 2030, moved: true });
  });

  it('keeps a stop, the page’s starting value and a preset’s value as they are', () => {
    expect(reachableValue(spec, 'year', year, 2031, 2029)).toEqual({ value: 2031, moved: false });
    expect(reachableValue(spec, 'year', year, 2033.25, 2033.25)).toEqual({ value: 2033.25, moved: false });
    expect(reachableValue(spec, 'year', year, 2040.5, 2029)).toEqual({ value: 2040.5, moved: false });
  });

  it('keeps a named value beside the slider', () => {
    const named = { ...fine, anchors: [{ label: 'Named', value: 0.1572, source: 'test' }] };
    expect(reachableValue(spec, 'fine', named as ParamDefinition, 0.1572, 0.155)).toEqual({
      value: 0.1572,
      moved: false,
    });
  });

  it('takes float noise for the stop it is (0.1 + 0.2 for 0.3)', () => {
    const tenths = { ...year, min: 0, max: 1, step: 0.1, default: 0 };
    expect(reachableValue(spec, 'tenths', tenths, 0.1 + 0.2, 0)).toEqual({ value: 0.3, moved: false });
  });
});
