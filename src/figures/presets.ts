/**
 * Presets: an author's starting values for a figure,
 *   <Figure id="meek-loss-gap" params={{ g_i: 2.4 }} />
 * checked against the spec at build time. The figure is drawn server-side with
 * them, the island starts from them, and "Reset" returns to them.
 *
 * `validatePreset` is pure and throws a `PresetError` whose message names the
 * figure, the key and the allowed range; the essay build (a remark plugin)
 * calls it to report the essay's file and line as well.
 */
import { defaultParams, type AnyFigureSpec, type ParamDefinition, type Params } from './spec.ts';

export class PresetError extends Error {
  override name = 'PresetError';
  /** The offending parameter key, when one is to blame. */
  readonly key: string | undefined;
  constructor(message: string, key?: string) {
    super(message);
    this.key = key;
  }
}

const range = (def: ParamDefinition) => `${def.min} to ${def.max}${def.unit ? ` ${def.unit}` : ''}`;

/**
 * Checks a preset and returns the full parameters it starts the figure from.
 *
 * @example validatePreset(spec, { g_i: 2.4 }) // { ...defaultParams(spec), g_i: 2.4 }
 * @example validatePreset(spec, { g_i: 20 })  // throws: preset g_i = 20 of figure "meek-loss-gap" v4 is out of range (did you mean a value from 1.1 to 10 ×/yr?)
 */
export function validatePreset(spec: AnyFigureSpec, preset: Readonly<Record<string, unknown>> = {}): Params {
  const defs = spec.params as Record<string, ParamDefinition>;
  const name = `figure "${spec.id}" v${spec.version}`;
  const params: Record<string, number> = { ...defaultParams(spec) };
  for (const [key, value] of Object.entries(preset)) {
    const def = defs[key];
    if (!def) {
      throw new PresetError(`unknown parameter "${key}" of ${name} (it has ${Object.keys(defs).join(', ')})`, key);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new PresetError(`preset ${key} of ${name} must be a finite number, not ${JSON.stringify(value)}`, key);
    }
    if (value < def.min || value > def.max) {
      throw new PresetError(
        `preset ${key} = ${value} of ${name} is out of range (did you mean a value from ${range(def)}?)`,
        key,
      );
    }
    params[key] = value;
  }
  return params as Params;
}

/** The keys of a preset that differ from the spec's defaults (what a page needs to carry). */
export function presetOverrides(spec: AnyFigureSpec, params: Params): Record<string, number> {
  const defaults = defaultParams(spec);
  return Object.fromEntries(Object.entries(params).filter(([key, value]) => defaults[key] !== value));
}

/**
 * A page-wide preset applied to one spec: keys the spec has, within its range.
 * Figures in an essay share parameter keys, so one figure's preset also
 * starts every other figure (and prose value) with that key.
 */
export function pagePresetFor(spec: AnyFigureSpec, page: Readonly<Record<string, number>> = {}): Params {
  const defs = spec.params as Record<string, ParamDefinition>;
  const own = Object.fromEntries(Object.entries(page).filter(([key]) => key in defs));
  return validatePreset(spec, own);
}
