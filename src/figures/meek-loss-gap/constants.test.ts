/**
 * meek-loss-gap's constants as its permalink page prints them, "label: value unit (source)": from v8 no source
 * nests a bracket inside that one (v7's "(…, as cited (from Hoffmann et al. 2022); …)"), and the published
 * versions keep their words.
 */
import { describe, expect, it } from 'vitest';
import { getFigure, versionsOf } from '../registry.ts';
import { FITTED_COMPUTE } from '../../model/power-law-loss.ts';
import { lossGapConstants } from './constants.ts';

/** The deepest bracket of a text: "(a (b))" is 2. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth--;
  }
  return deepest;
}

describe('meek-loss-gap constants', () => {
  it('print without brackets inside brackets in the latest version', () => {
    const latest = getFigure('meek-loss-gap');
    expect(latest.version).toBeGreaterThanOrEqual(8);
    const nested = latest.constants.filter((c) => bracketDepth(`(${c.source})`) > 1).map((c) => c.source);
    expect(nested).toEqual([]);
  });

  it('found the nesting in v7, so the check can fail', () => {
    const v7 = versionsOf('meek-loss-gap').find((s) => s.version === 7)!;
    expect(v7.constants.filter((c) => bracketDepth(`(${c.source})`) > 1)).toHaveLength(6);
  });

  it('say the same things in v8 as in v7: the same constants, values and works cited', () => {
    const [v7, v8] = [7, 8].map((v) => versionsOf('meek-loss-gap').find((s) => s.version === v)!);
    expect(v8!.constants.map((c) => [c.label, c.value, c.unit])).toEqual(
      v7!.constants.map((c) => [c.label, c.value, c.unit]),
    );
    const works = (source: string) => source.match(/[A-Z][a-z]+(?: et al\.)?(?:, [A-Z][a-z]+ & [A-Z][a-z]+)? \d{4}/g);
    v8!.constants.forEach((c, i) =>
      expect(works(c.source) ?? []).toEqual(expect.arrayContaining(works(v7!.constants[i]!.source) ?? [])),
    );
  });

  it('say from v9 that 1.3×10²² FLOP is the largest run the law is known to have been fitted on, as the essay does', () => {
    const [v8, v9] = [8, 9].map((v) => versionsOf('meek-loss-gap').find((s) => s.version === v)!);
    const fitted = (spec: typeof v8) => spec!.constants.find((c) => c.value === FITTED_COMPUTE.high)!;
    expect(fitted(v8).label).toBe('Largest training run the loss law was fitted on');
    expect(fitted(v9).label).toBe('Largest run the loss law is known to have been fitted on');
    expect(fitted(v9).source).toContain('a subset of those fitted');
    expect(v9!.caption).toContain('the largest run the law is known to have been fitted on');
    expect(v9!.caption).not.toMatch(/the law was fitted on/);
    expect(v9!.constants.map((c) => [c.value, c.unit])).toEqual(v8!.constants.map((c) => [c.value, c.unit]));
  });

  it('keep v1’s equal start', () => {
    const v1 = lossGapConstants({ pivot: 'fixed-1e25', headStart: false, extrapolation: false });
    expect(v1.at(-1)).toMatchObject({ label: 'Frontier budget at the start', value: 1 });
  });
});
