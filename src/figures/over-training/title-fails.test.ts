import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';

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
    expect(note({ model_billions: 400 })).toMatch(
      /sees 38 tokens per parameter, not far past the compute-optimal 20, .* no larger than it\.$/,
    );
  });

  it('says when the frontier matched is newer than the data’s largest run', () => {
    expect(note({ model_billions: 400, training_tokens: 1e15, frontier_compute_growth: 6, g_a: 10 })).toBe(
      'The chosen 400B model matches the frontier of 2026, past the largest run of 2025 in the data: a newer frontier, not an older one.',
    );
  });
});
