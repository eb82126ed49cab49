/**
 * The model's own benchmark: 10,000 Monte Carlo draws of the meek gap over 50
 * yearly steps (target ≤ 50 ms), median of 15 runs after 3 warm-up runs.
 * Runs in the bench's process: the model is pure TypeScript.
 */
import { meekGapBands } from '../../src/model/meek-uncertainty.ts';
import { median } from './numbers.ts';

const RUNS = 15;
const WARM_UP = 3;
export const MONTE_CARLO_TARGET_MS = 50;

export interface ModelTiming {
  draws: number;
  steps: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  targetMs: number;
}

export function measureModel(): ModelTiming {
  const times: number[] = [];
  for (let i = 0; i < RUNS + WARM_UP; i++) {
    const start = performance.now();
    meekGapBands({ seed: 1, draws: 10_000, years: 50, startCompute: 7.12e20 });
    if (i >= WARM_UP) times.push(performance.now() - start);
  }
  return {
    draws: 10_000,
    steps: 50,
    runs: RUNS,
    medianMs: median(times),
    maxMs: Math.max(...times),
    targetMs: MONTE_CARLO_TARGET_MS,
  };
}
