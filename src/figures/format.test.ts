import { describe, expect, it } from 'vitest';
import {
  codeNames,
  formatCell,
  formatNumber,
  formatParam,
  formatRangeOf,
  formatUsd,
  formatYear,
  formatYearMonth,
  quantity,
  unitAfter,
} from './format.ts';

describe('formatNumber', () => {
  it.each([
    [1070, 3, '1,070'],
    [0.155, 3, '0.155'],
    [3.6, 3, '3.6'],
    [7.1208e17, 3, '7.12×10¹⁷'],
    [1e25, 3, '1×10²⁵'],
    [0.0000123, 2, '1.2×10⁻⁵'],
    [0, 3, '0'],
    [Infinity, 3, '∞'],
    [NaN, 3, '–'],
  ])('%d to %d digits is %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });
});

it('formats years without grouping', () => {
  expect(formatYear(2025)).toBe('2025');
  expect(formatYear(2025.25)).toBe('2025.25');
});

it('formats parameters with their units', () => {
  expect(formatUsd(1000)).toBe('$1K');
  expect(formatParam(1e9, 'US$')).toBe('$1B');
  expect(formatParam(3.6, '×/yr')).toBe('3.6×/yr');
  expect(formatParam(0.155, '')).toBe('0.155');
  expect(formatParam(1e6, '×')).toBe('1M×');
  expect(formatParam(1, '×')).toBe('1×');
});

it('formats table cells by column unit', () => {
  expect(formatCell(2025.25, { unit: 'calendar year', digits: 6 })).toBe('Apr 2025');
  expect(formatCell(2025, { unit: 'calendar year', digits: 6 })).toBe('2025');
  expect(formatCell(2.326962860962461, { unit: 'nats/token', digits: 4 })).toBe('2.327');
});

it('names a coded column’s values by the key in its unit, not by their codes', () => {
  const maker = { unit: '0 NVIDIA, 1 Apple, 2 AMD / Framework, −1 projection', digits: 1 };
  expect([0, 1, 2, -1].map((code) => formatCell(code, maker))).toEqual([
    'NVIDIA',
    'Apple',
    'AMD / Framework',
    'projection',
  ]);
  expect(formatCell(1, { unit: '0 machine, 1 projection', digits: 1 })).toBe('projection');
  // A code the key leaves out stays a number; units that are no key are not read as one.
  expect(formatCell(3, maker)).toBe('3');
  expect(codeNames('calendar year')).toBeUndefined();
  expect(codeNames('1 in 10 runs')).toBeUndefined();
  expect(codeNames('0 PaLM, 1 LLaMA-13B, 2 Vicuna-13B')?.get(2)).toBe('Vicuna-13B');
});

it('names a fractional calendar year by its month, and a whole one by its year', () => {
  expect([2025.125, 2025.5, 2025.75, 2025.9999999999, 2026.0000000001, 2031].map(formatYearMonth)).toEqual([
    'Feb 2025',
    'Jul 2025',
    'Oct 2025',
    '2026',
    '2026',
    '2031',
  ]);
  expect(formatYearMonth(0.1 + 0.2 + 2024.95)).toBe('Apr 2025');
});

it('speaks years as years and dollars and multiples compactly (aria-valuetext)', () => {
  expect(formatParam(2018, 'year')).toBe('2018');
  expect(formatParam(1000, 'US$')).toBe('$1K');
  expect(formatParam(1, '×')).toBe('1×');
});

describe('unitAfter', () => {
  it('makes the first noun singular after exactly 1, in slider readouts and ranges', () => {
    expect(formatParam(1, 'points/yr')).toBe('1 point/yr');
    expect(formatParam(1, 'orders of magnitude of effective compute')).toBe(
      '1 order of magnitude of effective compute',
    );
    expect(formatParam(1, 'months')).toBe('1 month');
    expect(formatParam(1.5, 'points/yr')).toBe('1.5 points/yr');
    expect(formatParam(0, 'points')).toBe('0 points');
    expect(quantity(1, 'years')).toBe('1 year');
    expect(quantity(1, 'machines', 1)).toBe('1 machine');
    expect(quantity(1.04, 'tokens/s')).toBe('1 token/s');
    expect(quantity(6.43, 'tokens/s')).toBe('6.4 tokens/s');
  });
  it('leaves units whose number is not a count of their first noun as they are', () => {
    expect(unitAfter('1', 'billion parameters')).toBe('billion parameters');
    expect(unitAfter('1', 'per point')).toBe('per point');
    expect(unitAfter('1', 'GB/s')).toBe('GB/s');
    expect(unitAfter('1', 'pointsx')).toBe('pointsx');
  });
});

it('gives a range by its ends, or a parameter with choices by its named values', () => {
  const slider = { unit: '×/yr', min: 1.5, max: 4, step: 0.1 };
  expect(formatRangeOf(slider)).toBe('1.5×/yr to 4×/yr');
  const choices = [
    { value: 1, label: 'the most expensive run' },
    { value: 0, label: 'the fitted trend' },
  ];
  expect(formatRangeOf({ unit: '', min: 0, max: 1, step: 1, choices })).toBe(
    'the most expensive run or the fitted trend',
  );
});
