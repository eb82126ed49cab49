/**
 * Build-time band: resolves a spec's sampled parameters against the parameter
 * registry (src/model/parameters/model-parameters.ts, validated with zod, so never shipped to the
 * browser; the live worker reads the same values from /parameters/parameters.json).
 */
import { modelParameter } from '../../model/parameters/model-parameters.ts';
import type { AnyFigureSpec, Params } from '../spec.ts';
import { computeBand, type Band, type Distribution } from './band.ts';

/** The registry distributions a spec's band draws from, by registry id. */
export function bandDistributions(spec: AnyFigureSpec): Record<string, Distribution> {
  if (!spec.band) return {};
  const ids = Object.values(spec.band.sampled as Record<string, string>);
  return Object.fromEntries(ids.map((id) => [id, modelParameter(id)]));
}

/** Slider ranges of the sampled parameters: a draw outside the figure's range is clamped to it. */
export function bandLimits(spec: AnyFigureSpec): Record<string, { min: number; max: number }> {
  return Object.fromEntries(
    Object.keys(spec.band?.sampled ?? {}).map((key) => {
      const def = spec.params[key] as { min: number; max: number };
      return [key, { min: def.min, max: def.max }];
    }),
  );
}

/** The spec's band at these parameters, or undefined when it declares none. */
export function staticBand(spec: AnyFigureSpec, params: Params): Band | undefined {
  return spec.band ? computeBand(spec.band, params, bandDistributions(spec), bandLimits(spec)) : undefined;
}
