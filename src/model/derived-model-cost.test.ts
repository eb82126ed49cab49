import { describe, expect, it } from 'vitest';
import { costAtReferenceRate, derivedModelCost } from './derived-model-cost.ts';

describe('derived model cost', () => {
  it('prices a run at the reference run’s dollars per FLOP', () => {
    expect(costAtReferenceRate(7.8e22, { costUsd: 578_026, flop: 5.5e23 })).toBeCloseTo(81_974, -1);
    expect(costAtReferenceRate(5.5e23, { costUsd: 578_026, flop: 5.5e23 })).toBe(578_026);
  });

  it('refuses a reference without compute', () => {
    expect(() => costAtReferenceRate(1, { costUsd: 1, flop: 0 })).toThrow(/positive FLOP/);
  });

  it('charges a share of the base model, clamped to [0, 1]', () => {
    expect(derivedModelCost({ fineTuneUsd: 300, baseModelUsd: 82_000, baseShare: 0 })).toBe(300);
    expect(derivedModelCost({ fineTuneUsd: 300, baseModelUsd: 82_000, baseShare: 0.5 })).toBe(41_300);
    expect(derivedModelCost({ fineTuneUsd: 300, baseModelUsd: 82_000, baseShare: 2 })).toBe(82_300);
  });
});
