/**
 * Two rules of docs/authoring.md ("Rules the tests enforce") that no other
 * test states in words: a log slider's step is in log10 units, and a
 * parameter key shared by figures means one quantity (same symbol and scale).
 */
import { describe, expect, it } from 'vitest';
import { figureIds, figureVersions, getFigure } from '../../src/figures/registry.ts';
import type { AnyFigureSpec, ParamDefinition } from '../../src/figures/spec.ts';

/** A slider's step must fit in its range, in the slider's own units (log10 of the value on a log slider). */
function stepProblems(spec: AnyFigureSpec): string[] {
  return Object.entries<ParamDefinition>(spec.params).flatMap(([key, def]) => {
    const span = def.scale === 'log' ? Math.log10(def.max) - Math.log10(def.min) : def.max - def.min;
    if (def.step <= span) return [];
    return [
      def.scale === 'log'
        ? `${spec.id} v${spec.version}: ${key} is a log slider, so its step is in log10 units: step ${def.step} is more than its whole range (log10(${def.max}/${def.min}) = ${+span.toFixed(3)}); 0.1 moves it by a factor of 1.26`
        : `${spec.id} v${spec.version}: ${key}'s step ${def.step} is more than its whole range (${def.min} to ${def.max})`,
    ];
  });
}

/** Keys shared by the latest versions of figures must mean one quantity: the same symbol and scale everywhere. */
function sharedKeyProblems(specs: readonly AnyFigureSpec[]): string[] {
  const seen = new Map<string, { id: string; def: ParamDefinition }>();
  const problems: string[] = [];
  for (const spec of specs) {
    for (const [key, def] of Object.entries<ParamDefinition>(spec.params)) {
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { id: spec.id, def });
        continue;
      }
      for (const field of ['symbol', 'scale'] as const)
        if (def[field] !== first.def[field])
          problems.push(
            `${key} is shared by ${first.id} and ${spec.id} but its ${field} differs ("${first.def[field]}" vs "${def[field]}"): a key means one quantity on every page; define it once (src/figures/shared-params.ts or the parameter registry) and use that definition in both`,
          );
    }
  }
  return problems;
}

describe('slider steps', () => {
  it('fit in their range, in log10 units on a log slider', () => {
    expect(figureVersions.flatMap(stepProblems)).toEqual([]);
  });

  it('say so when a log step was written in the value’s units', () => {
    const spec = getFigure('meek-loss-gap');
    const budget = (spec.params as Record<string, ParamDefinition>)['budget']!;
    const wrong = { ...spec, params: { ...spec.params, budget: { ...budget, step: 1000 } } };
    expect(stepProblems(wrong)).toEqual([
      'meek-loss-gap v9: budget is a log slider, so its step is in log10 units: step 1000 is more than its whole range (log10(10000000000/100) = 8); 0.1 moves it by a factor of 1.26',
    ]);
  });
});

describe('shared keys', () => {
  const latest = figureIds().map((id) => getFigure(id));

  it('mean one quantity in every figure that has them', () => {
    expect(sharedKeyProblems(latest)).toEqual([]);
  });

  it('say which figures disagree', () => {
    const a = getFigure('meek-loss-gap');
    const gi = (a.params as Record<string, ParamDefinition>)['g_i']!;
    const b = { ...a, id: 'other', params: { g_i: { ...gi, symbol: 'g' } } };
    expect(sharedKeyProblems([a, b])).toEqual([
      'g_i is shared by meek-loss-gap and other but its symbol differs ("gᵢ" vs "g"): a key means one quantity on every page; define it once (src/figures/shared-params.ts or the parameter registry) and use that definition in both',
    ]);
  });
});
