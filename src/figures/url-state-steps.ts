/**
 * A URL value between a slider's steps, moved to the value the slider can show. A range input snaps its knob to
 * min + k·step, so a link's `glut_year=2029.5` drew a figure at 2029.5 beside a knob at 2030 and printed "2029.5"
 * as a year, and `cloud=0.5` set a two-position switch half on: states no reader can reach and no sentence was
 * written for. The values a reader can reach are the slider's stops (as the island reads them: sliderValue, three
 * significant digits on log scales), the range's ends, the named values beside the slider, the default and the
 * page's starting value, and any value of the figure's presets; every other value moves to the nearest stop.
 *
 * @example nearestStop({ min: 2026, max: 2044, step: 1, scale: 'linear', … }, 2029.4) // 2029
 */
import { sliderPosition, sliderValue } from './slider.ts';
import type { AnyFigureSpec, ParamDefinition } from './spec.ts';

/** Two values the same to within float noise (0.1 + 0.2 against 0.3). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The stop of a stepped slider nearest `value` (a value within the range), as the island would read it. */
export function nearestStop(def: ParamDefinition, value: number): number {
  if (!(def.step > 0)) return value;
  const from = sliderPosition(def, def.min);
  const top = Math.floor((sliderPosition(def, def.max) - from) / def.step + 1e-9);
  const k = Math.min(top, Math.max(0, Math.round((sliderPosition(def, value) - from) / def.step)));
  const stop = sliderValue(def, Number((from + k * def.step).toPrecision(12)));
  return Math.min(def.max, Math.max(def.min, stop));
}

/**
 * The value a URL's in-range `value` is drawn at: itself when a reader could reach it, else the nearest stop
 * (`moved`). `base` is the page's starting value of the parameter (its default, or an essay's preset).
 *
 * @example reachableValue(spec, 'cloud', spec.params.cloud, 0.5, 0) // { value: 1, moved: true }
 */
export function reachableValue(
  spec: AnyFigureSpec,
  key: string,
  def: ParamDefinition,
  value: number,
  base: number,
): { value: number; moved: boolean } {
  const named = [
    def.min,
    def.max,
    def.default,
    base,
    ...(def.anchors ?? []).map((anchor) => anchor.value),
    ...(spec.presets ?? []).map((preset) => (preset.params as Record<string, number | undefined>)[key]),
  ];
  const match = named.find((candidate) => candidate !== undefined && same(candidate, value));
  if (match !== undefined) return { value: match, moved: false };
  const stop = nearestStop(def, value);
  return { value: stop, moved: !same(stop, value) };
}
