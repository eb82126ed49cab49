import { describe, expect, it } from 'vitest';
import { caseOption, figureCase } from './cases.ts';
import { growthFigure } from '../../tests/support/growth-figure.ts';

const spec = growthFigure('case-fixture', {
  cases: {
    shape: { label: 'Shape', options: ['flat', 'rising'], compute: (p) => (p.g > 1 ? 'rising' : 'flat') },
    broken: { label: 'Broken', options: ['a'], compute: () => 'b' },
  },
});

describe('figure cases', () => {
  it('chooses the option that holds at the state', () => {
    expect(caseOption(spec, 'shape', { g: 2 }, [])).toBe('rising');
    expect(caseOption(spec, 'shape', { g: 1 }, [])).toBe('flat');
  });

  it('names the cases a spec has when one is unknown', () => {
    expect(() => figureCase(spec, 'shap')).toThrow(/has no case "shap"; it has: shape, broken/);
  });

  it('refuses an option the case does not declare', () => {
    expect(() => caseOption(spec, 'broken', { g: 2 }, [])).toThrow(
      /returned "b", which is not one of its options \(a\)/,
    );
  });
});
