import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';
import { HOFFMANN_2022_TEX, chinchillaLoss, computeOptimalModel } from '../../model/chinchilla.ts';
import { computeForLoss } from '../../model/edge.ts';
import { formatNumber } from '../format.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { CHINCHILLA_TOKENS_PER_PARAMETER } from './trend.ts';

const spec = getFigure('over-training');
const data = figureDataFromDisk(spec);
const note = (p: Partial<Record<string, number>>) => {
  const params = { ...defaultParams(spec), ...p } as ReturnType<typeof defaultParams>;
  return spec.titleFails!(params, spec.table(params, data));
};

describe('over-training: where its title fails', () => {
  it('holds for a small model trained far past the compute-optimal ratio', () => {
    expect(note({})).toBeUndefined();
    expect(note({ model_billions: 0.4 })).toBeUndefined();
  });

  it('says when the model is trained too little for the frontier’s model to be larger', () => {
    expect(note({ training_tokens: 1e11 })).toBe(
      'The chosen 8B model sees 13 tokens per parameter, fewer than the compute-optimal 20, so the frontier model of the same loss, trained compute-optimally, is smaller than it.',
    );
    expect(note({ model_billions: 400 })).toBe(
      'The chosen 400B model sees 38 tokens per parameter, past the rule-of-thumb 20 but short of the 84 at which the law trains a model of its loss compute-optimally, so the frontier model of that loss is no larger than it.',
    );
  });

  it('tests against the number its sentence names: the law’s own optimum at the model’s loss, not the rule of thumb', () => {
    // Every reachable state, and sizes and token counts between: the note shows exactly where the model sees no more
    // tokens per parameter than the optimum the sentence names (to its two printed digits), and past 20 it names it.
    const states = reachableStates([spec], {}, { steps: 8, random: 60 }).map((s) => figureParams(spec, s.params));
    let between = 0;
    for (const params of states) {
      const text = spec.titleFails!(params, spec.table(params, data));
      if (text?.includes('newer frontier')) continue;
      const n = params.model_billions! * 1e9;
      const loss = chinchillaLoss(HOFFMANN_2022_TEX, n, params.training_tokens!);
      const optimal = computeOptimalModel(HOFFMANN_2022_TEX, computeForLoss(HOFFMANN_2022_TEX, loss));
      const optimum = optimal.tokens / optimal.parameters;
      const perParameter = params.training_tokens! / n;
      expect(optimum, JSON.stringify(params)).toBeGreaterThan(CHINCHILLA_TOKENS_PER_PARAMETER);
      expect(text !== undefined, JSON.stringify(params)).toBe(perParameter <= optimum);
      if (text === undefined || perParameter <= CHINCHILLA_TOKENS_PER_PARAMETER) continue;
      between++;
      expect(text).toContain(`short of the ${formatNumber(optimum, 2)} at which`);
    }
    expect(between).toBeGreaterThan(0);
  });

  it('says when the frontier matched is newer than the data’s largest run', () => {
    expect(note({ model_billions: 400, training_tokens: 1e15, frontier_compute_growth: 6, g_a: 10 })).toBe(
      'The chosen 400B model matches the frontier of 2026, past the largest run of 2025 in the data: a newer frontier, not an older one.',
    );
  });
});
