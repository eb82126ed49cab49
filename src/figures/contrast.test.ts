import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColour } from './contrast.ts';

describe('parseColour', () => {
  it.each([
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#1d5fa6', { r: 29, g: 95, b: 166, a: 1 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['rgb(29, 95, 166)', { r: 29, g: 95, b: 166, a: 1 }],
    ['rgba(0, 0, 0, 0.5)', { r: 0, g: 0, b: 0, a: 0.5 }],
    ['rgb(29 95 166 / 50%)', { r: 29, g: 95, b: 166, a: 0.5 }],
  ])('reads %s', (text, colour) => {
    expect(parseColour(text)).toEqual(colour);
  });

  it('reads nothing else', () => {
    expect(parseColour('var(--fig-open, #c8641b)')).toBeUndefined();
    expect(parseColour('none')).toBeUndefined();
    expect(parseColour('#12')).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d5fa6', '#1d5fa6')).toBeCloseTo(1, 5);
  });

  it('matches the WCAG example value for #767676 on white (4.54)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('composites a translucent foreground on the background first', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0)', '#fff')).toBeCloseTo(1, 5);
    expect(composite({ r: 0, g: 0, b: 0, a: 1 }, { r: 255, g: 255, b: 255, a: 1 }, 0.5).r).toBeCloseTo(127.5, 5);
  });

  it('says which colour it cannot read', () => {
    expect(() => contrastRatio('currentColor', '#fff')).toThrow(/currentColor/);
  });
});
