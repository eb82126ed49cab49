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
 * The values at `count + 1` slider positions `stride` apart from min on, as the island reads them (sliderValue).
 * Positions are rounded to 12 significant digits: the browser snaps to min + k·step in decimal, and this drops
 * the float noise of the product (0.1 + 0.2 reads 0.3).
 */
function valuesAlong(def: ParamDefinition, stride: number, count: number): number[] {
  const from = sliderPosition(def, def.min);
  const values: number[] = [];
  for (let i = 0; i <= count; i++) values.push(sliderValue(def, Number((from + i * stride).toPrecision(12))));
  return values;
}

/**
 * Every value a stepped slider can stop at, min to max, or undefined when it has more than `limit` stops (or no
 * step).
 *
 * @example sliderStops({ ...def, min: 2012, max: 2015, step: 1, scale: 'linear' }, 24) // [2012, 2013, 2014, 2015]
 */
export function sliderStops(def: ParamDefinition, limit: number): number[] | undefined {
  if (!(def.step > 0)) return undefined;
  const steps = Math.round((sliderPosition(def, def.max) - sliderPosition(def, def.min)) / def.step);
  return steps + 1 > limit ? undefined : valuesAlong(def, def.step, steps);
}

/**
 * The longest readout a slider can show (its value as formatted beside it), so the controls can reserve its
 * width and a longer value never rewraps the row under the reader's finger. Samples every stop (when there are
 * at most READOUT_SAMPLES + 1 of them, else that many evenly spaced positions) and the named anchors.
 *
 * @example longestReadout({ ...def, min: 1, max: 10, step: 0.01, unit: 'billion parameters' }) // '1.01 billion parameters'
 */
export function longestReadout(def: ParamDefinition, format: (value: number) => string): string {
  const range = sliderPosition(def, def.max) - sliderPosition(def, def.min);
  const values = [
    def.min,
    def.max,
    def.default,
    ...(def.anchors ?? []).map((anchor) => anchor.value),
    ...(sliderStops(def, READOUT_SAMPLES + 1) ?? valuesAlong(def, range / READOUT_SAMPLES, READOUT_SAMPLES)),
  ];
  return values.map(format).reduce((longest, text) => (text.length > longest.length ? text : longest), '');
}

/** How far a slider's range may be from a whole number of steps, in steps: float noise, not a short last step. */
const WHOLE_STEPS = 1e-6;

/**
 * Why a slider cannot reach both ends of its range, or undefined when it can. A browser's range input stops only
 * at min + k·step, so a range that is not a whole number of steps never reaches its max: device-fit v2's share
 * of active weights (log10 0.02 to log10 1 in steps of 0.01, 169.9 steps) stopped at 0.98, never 1, so its
 * "dense" case could not come back once the reader moved the slider.
 *
 * @example unreachableEnd({ ...def, min: 0.02, max: 1, step: 0.01, scale: 'log' }) // 'stops at 0.98 …'
 */
export function unreachableEnd(def: ParamDefinition): string | undefined {
  const from = sliderPosition(def, def.min);
  const steps = (sliderPosition(def, def.max) - from) / def.step;
  if (!(def.step > 0) || !Number.isFinite(steps)) return `has no usable step (${def.step})`;
  const whole = Math.floor(steps + WHOLE_STEPS);
  const last = sliderValue(def, Number((from + whole * def.step).toPrecision(12)));
  if (steps - whole > WHOLE_STEPS || last !== def.max)
    return `stops at ${last}, not its max ${def.max}: its range is ${Number(steps.toPrecision(6))} steps of ${def.step}, not a whole number`;
  if (sliderValue(def, from) !== def.min) return `starts at ${sliderValue(def, from)}, not its min ${def.min}`;
  return undefined;
}
