import { describe, expect, it } from 'vitest';
import { getFigure } from '../../figures/registry.ts';
import type { ParamDefinition } from '../../figures/spec.ts';
import { parameterEntry } from '../../model/parameter-entries.ts';
import { believeRange } from './range.ts';
import { rangeText } from './range-text.ts';

const defs = getFigure('meek-loss-gap').params as Record<string, ParamDefinition>;

describe('a Believe line’s range', () => {
  it('cites the published interval’s own source and level, not the source of the default', () => {
    const range = believeRange(defs.g_i!, parameterEntry('g_i'));
    // gᵢ's published range is Epoch AI's compute growth net of hardware (Sevilla & Roldán 2024), not the meek paper's.
    expect(range.text).toMatch(/^published range 2\.86×\/yr to 3\.57×\/yr, Sevilla & Roldán 2024$/);
    expect(range.text).not.toMatch(/Gundlach/);
    // Cottier et al.'s 2.4 (cost, not compute) lies outside it: the line says so.
    expect(rangeText(range, 2.4)).toMatch(/; the value now is outside it$/);
    expect(rangeText(range, 3.57)).toBe(range.text);
  });

  it('falls back to the slider’s range for a parameter the registry does not hold', () => {
    const def = { ...defs.g_i!, min: 1, max: 10 };
    expect(believeRange(def, undefined)).toEqual({ text: 'the slider runs from 1×/yr to 10×/yr', low: 1, high: 10 });
  });
});

describe('a Believe line’s range as printed', () => {
  it('does not call a value outside the range when it prints as the range’s end', () => {
    const range = { text: 'published 95% interval 1.25×/yr to 1.57×/yr', low: 1.2483, high: 1.5694 };
    expect(rangeText(range, 1.57)).toBe(range.text);
    expect(rangeText(range, 1.58)).toMatch(/outside it$/);
  });
});
