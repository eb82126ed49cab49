import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap.ts';

describe('bootstrap', () => {
  const data = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('is deterministic for a seed, differs across seeds, and brackets the estimate', () => {
    const a = bootstrap(data, mean, { seed: 7 });
    expect(bootstrap(data, mean, { seed: 7 })).toEqual(a);
    expect(bootstrap(data, mean, { seed: 8 })).not.toEqual(a);
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
    expect(a).toMatchObject({ level: 0.9, resamples: 1000, seed: 7 });
  });

  it('widens with the level', () => {
    const narrow = bootstrap(data, mean, { seed: 1, level: 0.5 });
    const wide = bootstrap(data, mean, { seed: 1, level: 0.99 });
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });
});
