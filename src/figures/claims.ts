/**
 * Checked claims: a qualitative sentence in an essay stated as something the figure's model can test. A claim
 * names a figure's value and either
 *   - a trend over one parameter's slider range ("increasing", "decreasing", "constant"), or
 *   - a condition ("> 0", "<= 2040", "finite", "infinite"), which must hold at the state, or with `param`
 *     over that parameter's whole range,
 * with the other parameters at the state the reader sees (`state`: at build, the essay's starting state,
 * defaults merged with its presets; in the browser, the reader's settings) and `at` fixed on top of it (a
 * hypothetical the sentence states, "without shared progress …").
 * Pure: no I/O and no DOM. The remark plugin (src/authoring/remark-claims.ts) evaluates every claim at build
 * and fails naming the essay's file and line; <Claim> renders the sentence with what was checked, and the
 * island re-evaluates it on every change (src/components/prose/live-claims.ts). Explanations use the value's
 * label and format and the parameter's label, symbol and unit, never keys or raw floats.
 */
import { parseCondition } from '../data/claims/condition.ts';
import { formatParam } from './format.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition } from './spec.ts';
import { defaultParams } from './spec.ts';

export { parseCondition };

export type Trend = 'increasing' | 'decreasing' | 'constant';
export const TRENDS: readonly Trend[] = ['increasing', 'decreasing', 'constant'];

export interface Claim {
  readonly figure: string;
  readonly value: string;
  /** The parameter a trend runs over, or over whose range a condition must hold. */
  readonly param?: string;
  readonly trend?: Trend;
  /** "finite", "infinite", or a comparison: "> 0", ">= 1", "< 2040", "<= 0.5", "= 0.15". */
  readonly condition?: string;
  /** Parameters the sentence itself fixes, on top of the reader's state. */
  readonly at?: Readonly<Record<string, number>>;
}

export interface ClaimResult {
  readonly ok: boolean;
  /** What was checked, in a sentence (the rendered claim's note). */
  readonly checked: string;
  /** Why the claim is false, when it is, in plain words with formatted values. */
  readonly problem?: string;
}

/** Points per parameter range: enough to catch a turn in a smooth curve. */
const GRID_POINTS = 61;
/** Relative tolerance for "constant" and for flat steps of a trend (rounding, not model change). */
const TOLERANCE = 1e-9;

/**
 * The parameter's range as the slider walks it: evenly in its own space (log10 for log scales).
 *
 * @example rangeGrid({ min: 1, max: 100, scale: 'log' } as ParamDefinition, 3) // [1, 10, 100]
 */
export function rangeGrid(def: Pick<ParamDefinition, 'min' | 'max' | 'scale'>, points = GRID_POINTS): number[] {
  const log = def.scale === 'log';
  const lo = log ? Math.log10(def.min) : def.min;
  const hi = log ? Math.log10(def.max) : def.max;
  return Array.from({ length: points }, (_, i) => {
    const x = i === points - 1 ? hi : lo + ((hi - lo) * i) / (points - 1);
    return log ? 10 ** x : x;
  });
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "the frontier spend growth gᵢ": how a parameter is named to readers. */
export function paramName(def: ParamDefinition): string {
  return `the ${lower(def.label)} ${def.symbol}`;
}

/** "gᵢ = 2.4×/yr": a parameter at a value, as readers see it. */
export function paramAt(def: ParamDefinition, value: number): string {
  return `${def.symbol} = ${formatParam(value, def.unit)}`;
}

function definitionOf(spec: AnyFigureSpec, key: string): ParamDefinition {
  const def = spec.params[key] as ParamDefinition | undefined;
  if (!def) throw new Error(`${spec.id} has no parameter "${key}"; it has: ${Object.keys(spec.params).join(', ')}`);
  return def;
}

/** The parameters a claim is checked at: the reader's state (or the defaults), with the claim's own `at` on top. */
function claimParams(claim: Claim, spec: AnyFigureSpec, state: Readonly<Record<string, number>>) {
  const params: Record<string, number> = { ...defaultParams(spec) };
  for (const key of Object.keys(params)) if (state[key] !== undefined) params[key] = state[key];
  for (const [key, value] of Object.entries(claim.at ?? {})) {
    const def = definitionOf(spec, key);
    if (!(value >= def.min && value <= def.max)) {
      throw new Error(`${key} = ${value} is outside ${spec.id}'s range [${def.min}, ${def.max}]`);
    }
    params[key] = value;
  }
  return params;
}

/**
 * Checks one claim against a figure spec and its data (pass `{}` for a figure without datasets), at `state`: the
 * settings the reader sees (the essay's starting state at build); keys it leaves out are at the figure's defaults.
 *
 * @example evaluateClaim({ figure: 'meek-loss-gap', value: 'peakGap', param: 'g_i', trend: 'increasing' }, spec, {}, { g_i: 2.4 })
 */
export function evaluateClaim(
  claim: Claim,
  spec: AnyFigureSpec,
  data: FigureData,
  state: Readonly<Record<string, number>> = {},
): ClaimResult {
  const definition = spec.values[claim.value];
  if (!definition) {
    throw new Error(`${spec.id} has no value "${claim.value}"; it has: ${Object.keys(spec.values).join(', ')}`);
  }
  if ((claim.trend === undefined) === (claim.condition === undefined)) {
    throw new Error('a claim needs exactly one of trend or condition');
  }
  if (claim.trend !== undefined && !TRENDS.includes(claim.trend)) {
    throw new Error(`unknown trend "${claim.trend}" (use ${TRENDS.join(', ')})`);
  }
  if (claim.trend && claim.param === undefined) throw new Error('a trend needs a param to run over');
  const params = claimParams(claim, spec, state);
  const valueAt = (p: Record<string, number>) => definition.compute(p, spec.table(p, data));
  const show = (v: number) => definition.format(v);
  const what = capital(definition.label);
  const fixed = Object.entries(claim.at ?? {}).map(([key, v]) => paramAt(definitionOf(spec, key), v));
  const setting = `${fixed.length ? `with ${fixed.join(' and ')} and ` : 'with '}the other settings as shown`;
  const model = `Checked against the model of “${spec.title}”`;

  if (claim.param === undefined) {
    const condition = parseCondition(claim.condition!);
    const value = valueAt(params);
    const checked = `${model}: ${lower(definition.label)} is ${condition.words(show)}, ${setting}.`;
    return condition.test(value)
      ? { ok: true, checked }
      : { ok: false, checked, problem: `${what} is ${show(value)}, not ${condition.words(show)}.` };
  }

  const def = definitionOf(spec, claim.param);
  const xs = rangeGrid(def);
  const ys = xs.map((x) => valueAt({ ...params, [claim.param!]: x }));
  const over = `as ${paramName(def)} goes from ${formatParam(def.min, def.unit)} to ${formatParam(def.max, def.unit)}, ${setting}`;
  const at = (i: number) => paramAt(def, xs[i]!);

  if (claim.condition !== undefined) {
    const condition = parseCondition(claim.condition);
    const checked = `${model}: ${lower(definition.label)} stays ${condition.words(show)} ${over}.`;
    const bad = ys.findIndex((y) => !condition.test(y));
    return bad < 0
      ? { ok: true, checked }
      : {
          ok: false,
          checked,
          problem: `At ${at(bad)}, ${lower(definition.label)} is ${show(ys[bad]!)}, not ${condition.words(show)}.`,
        };
  }

  const trend = claim.trend!;
  const verb = { increasing: 'rises', decreasing: 'falls', constant: 'stays the same' }[trend];
  const checked = `${model}: ${lower(definition.label)} ${verb} ${over}.`;
  const nonFinite = ys.findIndex((y) => !Number.isFinite(y));
  if (nonFinite >= 0) {
    return {
      ok: false,
      checked,
      problem: `At ${at(nonFinite)}, ${lower(definition.label)} is ${show(ys[nonFinite]!)}, so it has no trend there.`,
    };
  }
  const scale = Math.max(...ys.map(Math.abs), Number.MIN_VALUE);
  const eps = TOLERANCE * scale;
  const first = ys[0]!;
  const last = ys[ys.length - 1]!;
  for (let i = 1; i < ys.length; i++) {
    const step = ys[i]! - ys[i - 1]!;
    const wrong =
      trend === 'increasing' ? step < -eps : trend === 'decreasing' ? step > eps : Math.abs(ys[i]! - first) > eps;
    if (wrong) {
      const moves = step > 0 ? 'rises' : 'falls';
      return {
        ok: false,
        checked,
        problem: `${what} ${moves} from ${show(ys[i - 1]!)} at ${at(i - 1)} to ${show(ys[i]!)} at ${at(i)}.`,
      };
    }
  }
  if (trend !== 'constant' && Math.abs(last - first) <= eps) {
    return {
      ok: false,
      checked,
      problem: `${what} does not change with ${def.symbol}: it is ${show(first)} throughout.`,
    };
  }
  return { ok: true, checked };
}
