import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../../figures/publishing/lock-files.ts';
import { getFigure } from '../../figures/registry.ts';
import { defaultParams } from '../../figures/spec.ts';
import { figureValue, holds, solveFlip } from './solve.ts';

describe('what would you have to believe', () => {
  const spec = getFigure('wall-gap-lag', 1);
  const data = figureDataFromDisk(spec);
  const question = { value: 'gapShareTarget', threshold: 0.25, holdsWhen: 'below' as const };

  it('finds the saturation at which the gap in 2035 is exactly a quarter of the 2025 gap', () => {
    const answer = solveFlip(spec, question, 'saturation', defaultParams(spec), data);
    expect(answer.flip).toBeDefined();
    const at = figureValue(spec, 'gapShareTarget', { ...defaultParams(spec), saturation: answer.flip! }, data);
    expect(at).toBeCloseTo(0.25, 4);
    // More saturation closes the gap faster: the conclusion holds above the flip point.
    expect(answer.holdsAtMax).toBe(true);
    expect(answer.holdsAtMin).toBe(false);
  });

  it('finds the ceiling rise above which the gap stays open', () => {
    const params = { ...defaultParams(spec), saturation: 0.25 };
    const answer = solveFlip(spec, question, 'ceiling_rise', params, data);
    expect(answer.holdsAtMin).toBe(true);
    expect(answer.holdsAtMax).toBe(false);
    expect(
      holds(question, figureValue(spec, 'gapShareTarget', { ...params, ceiling_rise: answer.flip! * 1.05 }, data)),
    ).toBe(false);
  });

  it('says when no value in the range flips the conclusion', () => {
    const answer = solveFlip(spec, { ...question, threshold: -1 }, 'g_a', defaultParams(spec), data);
    expect(answer.flip).toBeUndefined();
    expect(answer.holdsAtMin || answer.holdsAtMax).toBe(false);
  });

  it('names unknown values and parameters', () => {
    expect(() => solveFlip(spec, question, 'nope', defaultParams(spec), data)).toThrow(/no parameter "nope"/);
    expect(() => figureValue(spec, 'nope', defaultParams(spec), data)).toThrow(/no value "nope"/);
  });
});
