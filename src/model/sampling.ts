/**
 * Drawing parameter values from their plausible ranges with d3-random's seeded
 * sources, so a seed reproduces every draw on every machine.
 *
 * A normal or lognormal is fitted to the declared interval at its declared
 * level: for level 0.95, low and high are the 2.5th and 97.5th percentiles
 * (in log space for lognormal); for 0.9, the 5th and 95th. Its median is
 * therefore the interval's centre (the geometric centre for lognormal), which
 * need not be the default: `distributionMedian` says what it is.
 */
import { randomLcg, randomLogNormal, randomNormal, randomUniform } from 'd3-random';
import type { Parameter } from './parameters/index.ts';

/** z-scores of the upper end of a central interval: Φ⁻¹((1 + level) / 2). */
const Z: Record<0.9 | 0.95, number> = { 0.9: 1.6448536269514722, 0.95: 1.959963984540054 };

/** A function returning one draw of a parameter per call. */
export type Sampler = () => number;

/**
 * The sampling distribution's parameters: centre and spread of a normal, in log space for lognormal.
 *
 * @example fittedNormal(parameter('g_h')) // { mu: ln 1.399, sigma: (ln 1.568 − ln 1.248) / (2 × 1.96) }
 */
export function fittedNormal(p: Parameter): { readonly mu: number; readonly sigma: number } {
  if (p.level === 'bounds') throw new Error(`Parameter "${p.id}" is ${p.distribution}, not fitted to a level`);
  const log = p.distribution === 'lognormal';
  const [a, b] = log ? [Math.log(p.low), Math.log(p.high)] : [p.low, p.high];
  return { mu: (a + b) / 2, sigma: (b - a) / (2 * Z[p.level]) };
}

/**
 * The median of the distribution Monte Carlo samples a parameter from.
 *
 * @example distributionMedian(parameter('g_a')) // ≈ 3.09: √(1.81 × 5.28), above the default 2.8
 */
export function distributionMedian(p: Parameter): number {
  switch (p.distribution) {
    case 'fixed':
      return p.default;
    case 'normal':
    case 'uniform':
      return (p.low + p.high) / 2;
    case 'lognormal':
    case 'loguniform':
      return Math.sqrt(p.low * p.high);
  }
}

/**
 * A sampler for one parameter from a seeded uniform source in [0, 1).
 *
 * @example samplerFor(parameter('g_a'), randomLcg(1))() // a lognormal draw whose 2.5th–97.5th percentiles are 1.81–5.28 (Ho et al.'s 95% interval)
 */
export function samplerFor(p: Parameter, source: () => number): Sampler {
  switch (p.distribution) {
    case 'fixed':
      return () => p.default;
    case 'normal': {
      const { mu, sigma } = fittedNormal(p);
      return randomNormal.source(source)(mu, sigma);
    }
    case 'lognormal': {
      const { mu, sigma } = fittedNormal(p);
      return randomLogNormal.source(source)(mu, sigma);
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
