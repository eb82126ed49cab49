/**
 * Uncertainty bands for figures: a spec declares which of its parameters are
 * drawn from the parameter registry's distributions and which series to
 * summarise; the band is the pair of quantiles of that series over seeded
 * draws (src/model/monte-carlo.ts, src/model/sampling.ts). The same pure
 * function runs at build time (the published SVG) and in a Web Worker when the
 * reader moves a slider (band-client.ts, band-worker.ts).
 *
 * A spec keeps its band definition in `src/figures/<id>/band.ts` (default
 * export) and imports nothing heavy there, so the worker loads only the model.
 */
import { randomLcg } from 'd3-random';
import { monteCarlo } from '../../model/monte-carlo.ts';
import type { Parameter } from '../../model/parameters.ts';
import { samplerFor } from '../../model/sampling.ts';
import type { Params } from '../params.ts';

/** A registry parameter's distribution, as /parameters/parameters.json publishes it. */
export type Distribution = Pick<Parameter, 'id' | 'default' | 'low' | 'high' | 'distribution'>;

export interface BandDefinition<K extends string = string> {
  /** What the band shows, for captions and alt text, e.g. "5–95% of draws of the open frontier". */
  readonly label: string;
  /** Number of draws; the band's cost is draws × one `series` call. */
  readonly draws: number;
  /** Seed of the draws: the same seed gives the same band on every machine. */
  readonly seed: number;
  /** Lower and upper quantile, e.g. [0.05, 0.95]. */
  readonly quantiles: readonly [number, number];
  /** Spec parameters drawn from the registry, mapped to registry ids; the others stay at the reader's values. */
  readonly sampled: Readonly<Partial<Record<K, string>>>;
  /** Positions of the band along the x axis (e.g. years); the series has one value per position. */
  x(params: Params<K>): readonly number[];
  /** Fills `out` (one value per x position) for one set of parameters. Runs once per draw: keep it cheap. */
  series(params: Params<K>, out: Float64Array): void;
}

export interface BandRow {
  readonly x: number;
  readonly low: number;
  readonly high: number;
}
export type Band = readonly BandRow[];

/**
 * The band of `definition` around the reader's parameters, with the sampled
 * parameters drawn from `distributions` (registry id → distribution) and
 * clamped to the spec's slider range `limits` where given.
 *
 * @example computeBand(definition, { g_a: 2.8 }, { g_a: parameter('g_a') }) // [{ x: 2025, low, high }, …]
 */
export function computeBand<K extends string>(
  definition: BandDefinition<K>,
  params: Params<K>,
  distributions: Readonly<Record<string, Distribution>>,
  limits: Readonly<Record<string, { min: number; max: number }>> = {},
): BandRow[] {
  const source = randomLcg(definition.seed);
  const samplers = (Object.entries(definition.sampled) as [K, string][]).map(([key, id]) => {
    const distribution = distributions[id];
    if (!distribution) throw new Error(`Band: no registry parameter "${id}" for "${key}"`);
    // samplerFor reads only the distribution, default, low and high of a parameter.
    return [
      key,
      samplerFor(distribution as Parameter, source),
      limits[key] as { min: number; max: number } | undefined,
    ] as const;
  });
  const xs = definition.x(params);
  const draw: Record<string, number> = { ...params };
  const result = monteCarlo({
    draws: definition.draws,
    steps: xs.length,
    quantiles: definition.quantiles,
    simulate(out) {
      for (const [key, sample, limit] of samplers) {
        const value = sample();
        draw[key] = limit ? Math.min(limit.max, Math.max(limit.min, value)) : value;
      }
      definition.series(draw as Params<K>, out);
    },
  });
  return xs.map((x, i) => ({ x, low: result.bands[0]![i]!, high: result.bands[1]![i]! }));
}
