import { describe, expect, it } from 'vitest';
import { formatParam } from './format.ts';
import { longestReadout, sliderPosition, sliderValue } from './slider.ts';
import type { ParamDefinition } from './spec.ts';

const base: ParamDefinition = {
  label: 'Size',
  symbol: 'N',
  unit: 'billion parameters',
  description: 'Parameters.',
  default: 8,
  min: 1,
  max: 70,
  step: 0.01,
  scale: 'log',
  source: 'test',
};

describe('slider positions', () => {
  it('slide over log10 of a log-scale value and round back to 3 significant digits', () => {
    expect(sliderPosition(base, 100)).toBe(2);
    expect(sliderValue(base, Math.log10(8.912))).toBe(8.91);
    expect(sliderValue(base, 5)).toBe(70); // clamped to the range
  });
});

describe('longestReadout', () => {
  const format = (value: number) => formatParam(value, base.unit);

  it('finds a value with more digits than the ends and the default', () => {
    // 1, 70 and 8 print short; 8.91 (one step past the default on a 0.01 log step) does not.
    const longest = longestReadout(base, format);
    expect(longest.length).toBeGreaterThan(format(8).length);
    expect(longest).toMatch(/^\d\.\d\d billion parameters$/);
  });

  it('samples a linear slider at its own steps, anchors included', () => {
    const years: ParamDefinition = {
      ...base,
      unit: 'year',
      min: 2012,
      max: 2023,
      step: 1,
      default: 2018,
      scale: 'linear',
    };
    expect(longestReadout(years, (v) => formatParam(v, 'year'))).toBe('2012');
    const anchored: ParamDefinition = {
      ...base,
      unit: '',
      min: 0,
      max: 1,
      step: 0.5,
      scale: 'linear',
      anchors: [{ label: 'odd', value: 0.123456, source: 'test' }],
    };
    expect(longestReadout(anchored, (v) => String(v))).toBe('0.123456');
  });
});
