import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition.ts';

const months = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} months` : 'not reached');

describe('parseCondition', () => {
  it('tests and words the comparisons in the value’s own format', () => {
    const above = parseCondition('> 12');
    expect(above.test(16.3)).toBe(true);
    expect(above.test(12)).toBe(false);
    expect(above.words(months)).toBe('above 12.0 months');
    expect(parseCondition('<= 0.5').test(0.5 + 1e-12)).toBe(true);
    expect(parseCondition('finite').test(Infinity)).toBe(false);
  });

  it('says an infinite value in words, never as a number it is not (house rule: values in words when no quantity)', () => {
    const infinite = parseCondition('infinite');
    expect(infinite.test(Infinity)).toBe(true);
    expect(infinite.test(1e300)).toBe(false);
    // A Kaplan–Meier median no share of the records has passed: its formatter's words.
    expect(infinite.words(months)).toBe('not reached');
    // A formatter without words for it ("∞ years", "Infinity") gets plain words instead.
    expect(infinite.words((v) => `${v === Infinity ? '∞' : v} years`)).toBe('without end');
    expect(infinite.words(String)).toBe('without end');
    expect(infinite.words(months)).not.toMatch(/infinite|∞/);
  });

  it('names what it accepts when the condition is unknown', () => {
    expect(() => parseCondition('about 12')).toThrow('use finite, infinite, > x');
  });
});
