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

const range = (def: ParamDefinition) => `[${def.min}, ${def.max}]${def.unit ? ` ${def.unit}` : ''}`;

/**
 * Checks a preset and returns the full parameters it starts the figure from.
 *
 * @example validatePreset(spec, { g_i: 2.4 }) // { ...defaultParams(spec), g_i: 2.4 }
 * @example validatePreset(spec, { g_i: 20 })  // throws: meek-loss-gap v2: preset g_i = 20 is outside its range [1.1, 10] ×/yr
 */
export function validatePreset(spec: AnyFigureSpec, preset: Readonly<Record<string, unknown>> = {}): Params {
  const defs = spec.params as Record<string, ParamDefinition>;
  const name = `${spec.id} v${spec.version}`;
  const params: Record<string, number> = { ...defaultParams(spec) };
  for (const [key, value] of Object.entries(preset)) {
    const def = defs[key];
    if (!def) {
      throw new PresetError(
        `${name}: preset has unknown parameter "${key}"; it has ${Object.keys(defs).join(', ')}`,
        key,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new PresetError(`${name}: preset ${key} = ${JSON.stringify(value)} is not a finite number`, key);
    }
    if (value < def.min || value > def.max) {
      throw new PresetError(`${name}: preset ${key} = ${value} is outside its range ${range(def)}`, key);
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
