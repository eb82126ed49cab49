/**
 * Slider positions for parameter values: log-scale parameters slide over
 * log10 of the value. Shared by the server-rendered controls and the island.
 */
import type { ParamDefinition } from './spec.ts';

/** Slider position for a value. */
export function sliderPosition(def: ParamDefinition, value: number): number {
  return def.scale === 'log' ? Math.log10(value) : value;
}

/** Value for a slider position, rounded so URLs stay short: 3 significant digits on log scales. */
export function sliderValue(def: ParamDefinition, position: number): number {
  if (def.scale === 'log') return Math.min(def.max, Math.max(def.min, Number((10 ** position).toPrecision(3))));
  return position;
}
