import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, formatParam, formatUsd, formatYear } from './format.ts';

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
  expect(formatCell(2025.25, { unit: 'calendar year', digits: 6 })).toBe('2025.25');
  expect(formatCell(2.326962860962461, { unit: 'nats/token', digits: 4 })).toBe('2.327');
});

it('speaks years as years and dollars and multiples compactly (aria-valuetext)', () => {
  expect(formatParam(2018, 'year')).toBe('2018');
  expect(formatParam(1000, 'US$')).toBe('$1K');
  expect(formatParam(1, '×')).toBe('1×');
});
