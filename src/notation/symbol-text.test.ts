import { describe, expect, it } from 'vitest';
import { INTERNAL_NAME } from '../figures/reader-leaks.ts';
import { figureVersions } from '../figures/registry.ts';
import type { ParamDefinition } from '../figures/spec.ts';
import { PARAMETERS } from '../model/parameters/index.ts';
import { symbolHtml, symbolParts, symbolPlain, symbolShown } from './symbol-text.ts';

describe('symbolParts', () => {
  it('splits a base from its subscript, braced or not', () => {
    expect(symbolParts('g_C')).toEqual({ base: 'g', sub: 'C' });
    expect(symbolParts('c_{ft}')).toEqual({ base: 'c', sub: 'ft' });
    expect(symbolParts('ℓ_C')).toEqual({ base: 'ℓ', sub: 'C' });
    expect(symbolParts('gᵢ')).toEqual({ base: 'gᵢ', sub: '' });
  });

  it('refuses what it cannot read', () => {
    expect(() => symbolParts('C^(−α)')).toThrow(/not a base with an optional _subscript/);
    expect(() => symbolParts('g_')).toThrow();
    expect(() => symbolParts('')).toThrow();
  });
});

describe('how a symbol is shown', () => {
  it('uses Unicode subscripts where every character has one', () => {
    expect(symbolShown('g_p')).toEqual({ base: 'gₚ', sub: '' });
    expect(symbolPlain('g_a')).toBe('gₐ');
    expect(symbolPlain('t_0')).toBe('t₀');
    expect(symbolHtml('g_p')).toBe('gₚ');
  });

  it('sets a subscript Unicode lacks lower in HTML, and after the base in plain text', () => {
    expect(symbolHtml('g_C')).toBe('g<sub>C</sub>');
    expect(symbolPlain('g_C')).toBe('gC');
    expect(symbolPlain('g_$')).toBe('g$');
    expect(symbolHtml('a_<b>')).toBe('a<sub>&lt;b&gt;</sub>');
  });
});

describe('every symbol a reader can meet', () => {
  const symbols = [
    ...figureVersions.flatMap((spec) =>
      Object.entries(spec.params as Record<string, ParamDefinition>).map(
        ([key, def]) => [`${spec.id} v${spec.version} ${key}`, def.symbol] as const,
      ),
    ),
    ...PARAMETERS.map((p) => [`parameter registry ${p.id}`, p.symbol] as const),
  ];

  it.each(symbols)('%s (%s) is shown without a raw subscript mark', (_where, symbol) => {
    expect(INTERNAL_NAME.test(symbolPlain(symbol))).toBe(false);
    expect(symbolPlain(symbol)).not.toMatch(/[_^{}]/);
    expect(symbolHtml(symbol).replace(/<\/?sub>/g, '')).not.toMatch(/[_^{}<>]/);
  });
});
