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

/** Slider positions sampled at most, so a fine step over a wide range stays cheap at build time. */
const READOUT_SAMPLES = 400;

/**
 * The longest readout a slider can show (its value as formatted beside it), so the controls can reserve its
 * width and a longer value never rewraps the row under the reader's finger. Samples every step (at most
 * READOUT_SAMPLES positions, both ends included) and the named anchors.
 *
 * @example longestReadout({ ...def, min: 1, max: 10, step: 0.01, unit: 'billion parameters' }) // '1.01 billion parameters'
 */
export function longestReadout(def: ParamDefinition, format: (value: number) => string): string {
  const from = sliderPosition(def, def.min);
  const to = sliderPosition(def, def.max);
  const steps = def.step > 0 ? Math.round((to - from) / def.step) : READOUT_SAMPLES;
  const count = Math.min(Math.max(steps, 1), READOUT_SAMPLES);
  const values = [def.min, def.max, def.default, ...(def.anchors ?? []).map((anchor) => anchor.value)];
  // Every step when there are few enough (the positions the browser snaps to), else evenly spaced samples.
  const stride = def.step > 0 && count === steps ? def.step : (to - from) / count;
  for (let i = 0; i <= count; i++) {
    const position = from + i * stride;
    values.push(def.scale === 'log' ? sliderValue(def, position) : Number(position.toPrecision(12)));
  }
  return values.map(format).reduce((longest, text) => (text.length > longest.length ? text : longest), '');
}
