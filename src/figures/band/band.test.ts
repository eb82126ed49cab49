import { describe, expect, it } from 'vitest';
import { parameter } from '../../model/parameters.ts';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';
import band from '../wall-gap-lag/band.ts';
import { computeBand } from './band.ts';
import { bandDistributions, bandLimits, staticBand } from './registry-band.ts';

describe('uncertainty bands', () => {
  const spec = getFigure('wall-gap-lag', 1);
  const params = defaultParams(spec);

  it('are reproducible from their seed, and another seed gives another band', () => {
    const distributions = bandDistributions(spec);
    expect(computeBand(band, params, distributions)).toEqual(computeBand(band, params, distributions));
    const reseeded = computeBand({ ...band, seed: band.seed + 1 }, params, distributions);
    expect(reseeded).not.toEqual(computeBand(band, params, distributions));
  });

  it('draw from the registry, and the build and the worker see the same distributions', () => {
    const distributions = bandDistributions(spec);
    expect(distributions.g_a).toEqual(parameter('g_a'));
    // The worker reads /parameters/parameters.json, which serialises the same registry objects.
    expect(JSON.parse(JSON.stringify(distributions))).toEqual(distributions);
    const range = (key: string) => ({ min: spec.params[key]!.min, max: spec.params[key]!.max });
    expect(bandLimits(spec)).toEqual({ g_a: range('g_a'), g_c: range('g_c'), open_lag: range('open_lag') });
  });

  it('bracket the open frontier at the reader’s settings, with low ≤ high everywhere', () => {
    const rows = spec.table(params, {});
    const result = staticBand(spec, params)!;
    expect(result).toHaveLength(41);
    for (const { low, high } of result) expect(low).toBeLessThanOrEqual(high);
    for (const year of [2030, 2035, 2040]) {
      const b = result.find((r) => r.x === year)!;
      const open = rows.find((r) => r.year === year)!.open!;
      expect(b.low).toBeLessThanOrEqual(open);
      expect(b.high).toBeGreaterThanOrEqual(open);
    }
  });

  it('name a registry id that does not exist', () => {
    expect(() => computeBand({ ...band, sampled: { g_a: 'no_such_parameter' } }, params, {})).toThrow(
      /no registry parameter "no_such_parameter"/,
    );
  });

  it('are absent for a spec without one', () => {
    expect(staticBand(getFigure('wall-glut', 1), defaultParams(getFigure('wall-glut', 1)))).toBeUndefined();
  });
});
