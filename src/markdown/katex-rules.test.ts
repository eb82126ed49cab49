import { readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { classesIn, requiredClasses, usedRules } from './katex-rules.ts';

describe('the KaTeX rules the built maths can match', () => {
  it('requires the classes a selector names, except those inside :not()', () => {
    expect(requiredClasses('.katex .accent>.vlist-t .accent-body:not(.accent-full)')).toEqual([
      'katex',
      'accent',
      'vlist-t',
      'accent-body',
    ]);
    expect(requiredClasses('.katex svg path')).toEqual(['katex']);
  });

  it('keeps each selector whose classes are all on the pages, and drops a rule with none left', () => {
    const classes = new Set(['katex', 'mfrac']);
    expect(usedRules('.katex .mfrac{a:b}.katex .cancel-pad{c:d}', classes)).toBe('.katex .mfrac{a:b}');
    expect(usedRules('.katex .mfrac,.katex .cancel-pad{a:b}body{c:d}', classes)).toBe('.katex .mfrac{a:b}body{c:d}');
    expect(usedRules('@font-face{font-family:X}', new Set())).toBe('@font-face{font-family:X}');
  });

  it('stops on an at-rule it would have to read inside', () => {
    expect(() => usedRules('@media print{.katex{a:b}}', new Set(['katex']))).toThrow(/at-rule/);
  });

  it("reads the classes of KaTeX's output, and keeps every rule of its sheet that output can match", () => {
    const page = katex.renderToString('\\frac{a}{b}', { output: 'htmlAndMathml' });
    const classes = classesIn([page]);
    expect(classes).toContain('mfrac');
    const css = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8').replace(/@font-face\{[^}]*\}/g, '');
    const kept = usedRules(css, classes);
    expect(kept).toContain('.katex .mfrac .frac-line{');
    expect(kept).not.toContain('cancel');
    expect(kept.length).toBeLessThan(css.length / 4);
  });
});
