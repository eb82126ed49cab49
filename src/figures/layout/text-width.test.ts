import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';

/**
 * Widths at 12 px measured in Chromium on this project's machine (canvas measureText, system-ui, which is
 * DejaVu Sans there and in the PNG): [text, regular, weight 600]. The estimate must never come out short of
 * them, or a label that LabelLayout "pulled inside" still runs over the axis (issue 19).
 */
const MEASURED: readonly (readonly [string, number, number])[] = [
  ['Gap peaks in 2035: 0.15 nats', 177.05, 197.36],
  ['Beyond the fitted range →', 157.15, 176.05],
  ['Catches up in 12 years', 137.99, 153.9],
  ['Widest in 2031: 38 points', 153.8, 173.59],
  ['2030', 30.54, 33.4],
  ['$100M', 40.89, 45.34],
  ['1.3×10²²', 54.03, 58.52],
  ['MacBook M4 Max', 104.6, 117.19],
  ['Frontier', 46, 54.04],
  ['Affordable', 61.85, 70.7],
];

describe('textWidth', () => {
  it.each(MEASURED)('errs wide of DejaVu Sans for %j, regular and bold, by at most a fifth', (text, regular, bold) => {
    expect(textWidth(text, 12)).toBeGreaterThanOrEqual(regular);
    expect(textWidth(text, 12, 600)).toBeGreaterThanOrEqual(bold);
    expect(textWidth(text, 12)).toBeLessThanOrEqual(regular * 1.2);
  });

  it('measures the longest line of several, and scales with the font size', () => {
    expect(textWidth('2030\n2030 and 2031', 12)).toBe(textWidth('2030 and 2031', 12));
    expect(textWidth('2030', 24)).toBe(2 * textWidth('2030', 12));
  });
});
