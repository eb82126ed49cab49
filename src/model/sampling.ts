/**
 * Drawing parameter values from their plausible ranges with d3-random's seeded
 * sources, so a seed reproduces every draw on every machine.
 */
import { randomLcg, randomLogNormal, randomNormal, randomUniform } from 'd3-random';
import type { Parameter } from './parameters.ts';

/** z-score of the 95th percentile: low and high of normal ranges are the 5th and 95th percentiles. */
const Z95 = 1.6448536269514722;

/** A function returning one draw of a parameter per call. */
export type Sampler = () => number;

/**
 * A sampler for one parameter from a seeded uniform source in [0, 1).
 *
 * @example samplerFor(parameter('g_a'), randomLcg(1))() // a lognormal draw with 5th–95th percentiles 1.81–5.28
 */
export function samplerFor(p: Parameter, source: () => number): Sampler {
  switch (p.distribution) {
    case 'fixed':
      return () => p.default;
    case 'normal':
      return randomNormal.source(source)(p.default, (p.high - p.low) / (2 * Z95));
    case 'lognormal': {
      // Centred on the default in log space; spread from the wider side of the range, so the range is at least covered.
      const sigma = Math.max(Math.log(p.high / p.default), Math.log(p.default / p.low)) / Z95;
      return randomLogNormal.source(source)(Math.log(p.default), sigma);
    }
    case 'uniform':
      return randomUniform.source(source)(p.low, p.high);
    case 'loguniform': {
      const draw = randomUniform.source(source)(Math.log(p.low), Math.log(p.high));
      return () => Math.exp(draw());
    }
  }
}

/**
 * Samplers for several parameters sharing one seeded stream.
 *
 * @example const draw = jointSampler([parameter('g_i'), parameter('g_a')], 42); draw() // { g_i: …, g_a: … }
 */
export function jointSampler(parameters: readonly Parameter[], seed: number): () => Record<string, number> {
  const source = randomLcg(seed);
  const samplers = parameters.map((p) => [p.id, samplerFor(p, source)] as const);
  return () => Object.fromEntries(samplers.map(([id, sample]) => [id, sample()]));
}
