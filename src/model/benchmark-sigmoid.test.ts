import fc from 'fast-check';
import { expect, it } from 'vitest';
import { benchmarkScore, lossForScore } from './benchmark-sigmoid.ts';

const mmlu = { chance: 0.25, midpoint: 1.916, slope: 13.56 };

it('runs from chance at high loss to 1 at low loss, half-way at the midpoint', () => {
  expect(benchmarkScore(10, mmlu)).toBeCloseTo(0.25, 6);
  expect(benchmarkScore(1.0, mmlu)).toBeCloseTo(1, 4);
  expect(benchmarkScore(1.916, mmlu)).toBeCloseTo(0.625, 12);
});

it('is inverted by lossForScore, and never rises with loss', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1.5, max: 3, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      (loss, step) => {
        expect(lossForScore(benchmarkScore(loss, mmlu), mmlu)).toBeCloseTo(loss, 6);
        expect(benchmarkScore(loss + step, mmlu)).toBeLessThanOrEqual(benchmarkScore(loss, mmlu));
      },
    ),
  );
});
