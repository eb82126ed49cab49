import { describe, expect, it } from 'vitest';
import { firstSentence, leadFigureId } from './summary.ts';

describe('leadFigureId', () => {
  it('finds the first embedded figure, whatever the attribute order', () => {
    expect(leadFigureId('Text\n<Figure label="fig-a" id="meek-loss-gap" />\n<Figure id="other" />')).toBe(
      'meek-loss-gap',
    );
    expect(leadFigureId("<Figure id='x' params={{ g_i: 2 }} />")).toBe('x');
  });
  it('is undefined for an essay without figures', () => {
    expect(leadFigureId('<FigureValue figure="x" value="y" />')).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('stops at the first sentence end', () => {
    expect(firstSentence('Meek models catch up. How fast depends on you.')).toBe('Meek models catch up.');
  });
  it('keeps decimals and returns a sentence without a full stop whole', () => {
    expect(firstSentence('Costs grow 2.4× a year')).toBe('Costs grow 2.4× a year');
  });
});
