/**
 * Every year slider of every figure's latest version reads as a year at every stop: "2030", never "2,030"
 * (issue 19: the wall essay's slider showed "2,020"; the same bug had been fixed once in one figure and came back).
 */
import { describe, expect, it } from 'vitest';
import { formatParamOf, readoutUnit, YEAR_UNITS } from './format.ts';
import { figureIds, getFigure } from './registry.ts';
import { longestReadout, sliderStops } from './slider.ts';
import type { ParamDefinition } from './spec.ts';

const yearParams = figureIds().flatMap((id) => {
  const spec = getFigure(id);
  return Object.entries<ParamDefinition>(spec.params)
    .filter(([, def]) => readoutUnit(def) === 'year')
    .map(([key, def]) => ({ name: `${id} v${spec.version} ${key}`, key, def, spec }));
});

/**
 * Year sliders that declare no unit (the readout path reads them as years anyway, readoutUnit). Shrinks to empty
 * as the figures' owners declare unit: 'year' in their next version; never add an entry.
 */
const UNITLESS_YEAR_SLIDERS = new Set<string>([]);

describe('year sliders', () => {
  it('exist (the check below is not vacuous)', () => {
    expect(yearParams.length).toBeGreaterThan(0);
  });

  it.each(yearParams)('$name stops on whole years and reads each as one', ({ def, spec }) => {
    expect(Number.isInteger(def.min) && Number.isInteger(def.max) && Number.isInteger(def.default)).toBe(true);
    const stops = sliderStops(def, 10_000) ?? [];
    expect(stops.length).toBeGreaterThan(1);
    const shown = [
      ...stops,
      ...(def.anchors ?? []).map((a) => a.value),
      ...(spec.presets ?? []).flatMap((p) => Object.values<number>(p.params as Record<string, number>)),
    ]
      .filter((value) => stops.includes(value))
      .map((value) => formatParamOf(def, value));
    for (const text of shown) expect(text).toMatch(/^\d{4}$/);
    expect(longestReadout(def, (value) => formatParamOf(def, value))).toMatch(/^\d{4}$/);
  });

  it.each(yearParams)('$name declares a year unit', ({ name, def }) => {
    if (UNITLESS_YEAR_SLIDERS.has(name))
      expect(def.unit, `${name} now declares its unit: remove it from the list`).toBe('');
    else expect(YEAR_UNITS).toContain(def.unit);
  });

  it('lists only year sliders that exist', () => {
    const names = new Set(yearParams.map((p) => p.name));
    expect([...UNITLESS_YEAR_SLIDERS].filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('readoutUnit', () => {
  it('reads a unitless whole-step slider over calendar years as years, and nothing else', () => {
    expect(readoutUnit({ unit: '', min: 2019, max: 2025, step: 1 })).toBe('year');
    expect(formatParamOf({ unit: '', min: 2019, max: 2025, step: 1 }, 2020)).toBe('2020');
    expect(readoutUnit({ unit: '', min: 0, max: 5000, step: 1 })).toBe('');
    expect(readoutUnit({ unit: '', min: 2000, max: 2100, step: 0.5 })).toBe('');
    expect(readoutUnit({ unit: 'months', min: 1, max: 36, step: 1 })).toBe('months');
  });
});
