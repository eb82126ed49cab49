import { describe, expect, it } from 'vitest';
import { formatParam } from './format.ts';
import { figureVersions } from './registry.ts';
import { longestReadout, sliderPosition, sliderStops, sliderValue, unreachableEnd } from './slider.ts';
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

const year: ParamDefinition = {
  ...base,
  label: 'From year',
  unit: 'year',
  default: 2018,
  min: 2012,
  max: 2023,
  step: 1,
  scale: 'linear',
};
const share: ParamDefinition = { ...year, label: 'Share', unit: '', default: 0.2, min: 0, max: 0.3, step: 0.1 };
const fine: ParamDefinition = { ...year, label: 'Fine', min: 0, max: 10, step: 0.01 };
const logScale: ParamDefinition = {
  ...year,
  label: 'Budget',
  unit: 'USD',
  default: 100,
  min: 1,
  max: 1000,
  scale: 'log',
};

describe('sliderStops', () => {
  it('lists every value a stepped slider can stop at, as the island reads them', () => {
    expect(sliderStops(year, 24)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; the browser's slider stops at 0.3.
    expect(sliderStops(share, 24)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(sliderStops(logScale, 24)).toEqual([1, 10, 100, 1000]);
  });

  it('gives up on a slider with more stops than the limit, or no step', () => {
    expect(sliderStops(fine, 24)).toBeUndefined();
    expect(sliderStops({ ...year, step: 0 }, 24)).toBeUndefined();
  });
});

describe('unreachableEnd', () => {
  it('passes a range of whole steps, linear or log', () => {
    expect(unreachableEnd(year)).toBeUndefined();
    expect(unreachableEnd(share)).toBeUndefined();
    expect(unreachableEnd(logScale)).toBeUndefined();
    expect(unreachableEnd({ ...base, min: 0.01, max: 1, step: 0.01 })).toBeUndefined();
  });

  it('names the last stop of a range that is not a whole number of steps (device-fit v2 stopped at 0.98)', () => {
    expect(unreachableEnd({ ...base, min: 0.02, max: 1, step: 0.01 })).toMatch(/^stops at 0\.98, not its max 1/);
    expect(unreachableEnd({ ...year, min: 0, max: 1, step: 0.3 })).toMatch(/^stops at 0\.9, not its max 1/);
    expect(unreachableEnd({ ...year, step: 0 })).toMatch(/no usable step/);
  });
});

describe('every slider of every figure version a reader can move', () => {
  /**
   * Published before this check and never changed since (README "Figure versions"). Each is superseded by a
   * version that passes (meek-inference-gap v4 runs to 1,500× in whole steps), and its permalink serves its frozen
   * drawing, not live sliders.
   */
  const PUBLISHED_SHORT = new Set([
    'device-fit v1 active_share',
    'device-fit v2 active_share',
    'meek-inference-gap v1 inference_price_decline',
    'meek-inference-gap v2 inference_price_decline',
    'meek-inference-gap v3 inference_price_decline',
    'over-training v1 model_billions',
    'over-training v2 model_billions',
  ]);
  const sliders = figureVersions.flatMap((spec) =>
    Object.entries(spec.params as Record<string, ParamDefinition>).map(
      ([key, def]) => [`${spec.id} v${spec.version} ${key}`, def] as const,
    ),
  );

  it.each(sliders)('%s reaches both ends of its range', (name, def) => {
    const problem = unreachableEnd(def);
    if (PUBLISHED_SHORT.has(name)) expect(problem, `${name} reaches its ends now: drop it from the list`).toBeDefined();
    else expect(problem, `${name} ${problem}`).toBeUndefined();
  });
});
