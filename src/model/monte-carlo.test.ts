import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meekGapBands } from './meek-uncertainty.ts';
import { monteCarlo, selectQuantile } from './monte-carlo.ts';

describe('monteCarlo', () => {
  it('gives the quantiles of each step across draws', () => {
    let k = 0;
    const bands = monteCarlo({
      draws: 101,
      steps: 2,
      quantiles: [0, 0.5, 1],
      simulate: (out) => {
        out[0] = k;
        out[1] = 2 * k;
        k++;
      },
    });
    expect(Array.from(bands.bands[0]!)).toEqual([0, 0]);
    expect(Array.from(bands.bands[1]!)).toEqual([50, 100]);
    expect(Array.from(bands.bands[2]!)).toEqual([100, 200]);
  });

  it('selects quantiles exactly as d3-array’s quantileSorted interpolates them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const sorted = Float64Array.from(xs).sort();
          expect(selectQuantile(Float64Array.from(xs), q)).toBeCloseTo(quantileSorted(Array.from(sorted), q)!, 6);
        },
      ),
    );
  });
});

describe('meekGapBands', () => {
  const options = { seed: 2026, draws: 2000, years: 30, startCompute: 7.12e20 };

  it('is identical for the same seed and differs for another', () => {
    const a = meekGapBands(options);
    expect(meekGapBands(options)).toEqual(a);
    expect(meekGapBands({ ...options, seed: 2027 })).not.toEqual(a);
  });

  it('orders its bands, starts at zero, and shrinks towards zero in every band', () => {
    const { bands } = meekGapBands(options);
    const [low, median, high] = bands as [Float64Array, Float64Array, Float64Array];
    for (let t = 0; t < options.years; t++) {
      expect(low[t]).toBeLessThanOrEqual(median[t]!);
      expect(median[t]).toBeLessThanOrEqual(high[t]!);
    }
    expect(median[0]).toBe(0);
    expect(Math.max(...high)).toBeGreaterThan(high[options.years - 1]! * 10);
  });
});
