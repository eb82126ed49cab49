import { describe, expect, it } from 'vitest';
import { getFigure } from '../../figures/registry.ts';
import { nowSentence } from './sentence.ts';

describe('the Believe box’s sentence at the settings shown', () => {
  const widens = getFigure('meek-loss-gap', 4).values.yearsGapWidens!;

  it('gives the value in its unit, or what holds instead, in one whole sentence', () => {
    expect(nowSentence(widens, 3.33, false)).toBe('At the settings shown it is 3.3 years, so it does not hold.');
    expect(nowSentence(widens, 0, false)).toBe(
      'At the settings shown the gap is already shrinking at the start, so it does not hold.',
    );
    expect(nowSentence(widens, Infinity, true)).toBe(
      'At the settings shown the gap never stops widening, so it holds.',
    );
    expect(nowSentence({ format: String }, Infinity, false)).toBe(
      'At the settings shown it has no value, so it does not hold.',
    );
  });
});
