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
 * label and format and the parameter's label, symbol and unit, never keys or raw floats. Where a value is no
 * quantity in its unit (a peak that never comes is infinite, one before the start is negative), the sentence
 * says what holds instead, in the value's own words (its `otherwise`, ./claim-words.ts), never "∞" or "-29 years".
 */
import { parseCondition } from '../data/claims/condition.ts';
import { capital, subject, paramAt, paramName, paramValue, valueClause } from './claim-words.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition } from './spec.ts';
import { defaultParams } from './spec.ts';
import { symbolPlain } from '../notation/symbol-text.ts';

export { parseCondition };
export { paramAt, paramName };

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

/** The step from `a` to `b` of a trend: equal infinities are flat, not NaN. */
const stepOf = (a: number, b: number) => (a === b ? 0 : b - a);

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
  const label = subject(definition.label);
  const clause = (v: number) => valueClause(definition, v);
  const fixed = Object.entries(claim.at ?? {}).map(([key, v]) => paramAt(definitionOf(spec, key), v));
  const setting = `${fixed.length ? `with ${fixed.join(' and ')} and ` : 'with '}the other settings as shown`;
  const model = `Checked against the model of “${spec.title}”`;

  if (claim.param === undefined) {
    const condition = parseCondition(claim.condition!);
    const value = valueAt(params);
    const checked = `${model}: ${label} is ${condition.words(show)}, ${setting}.`;
    if (condition.test(value)) return { ok: true, checked };
    const instead = definition.otherwise?.(value);
    const where = fixed.length ? `With ${fixed.join(' and ')}, ` : '';
    const why = instead ?? `${clause(value)}, not ${condition.words(show)}`;
    return { ok: false, checked, problem: where ? `${where}${why}.` : `${capital(why)}.` };
  }

  const def = definitionOf(spec, claim.param);
  const xs = rangeGrid(def);
  const ys = xs.map((x) => valueAt({ ...params, [claim.param!]: x }));
  const range = `from ${paramValue(def, def.min)} to ${paramValue(def, def.max)}`;
  const over = `as ${paramName(def)} goes ${range}, ${setting}`;
  const at = (i: number) => paramAt(def, xs[i]!);
  /** "At gᵢ = 1.1×/yr the gap is already shrinking at the start; at gᵢ = 2×/yr, … is 0.65 years." */
  const between = (i: number, j: number) => `At ${at(i)}, ${clause(ys[i]!)}; at ${at(j)}, ${clause(ys[j]!)}.`;

  if (claim.condition !== undefined) {
    const condition = parseCondition(claim.condition);
    const never = claim.condition.trim() === 'infinite' ? definition.otherwise?.(Infinity) : undefined;
    const checked = never
      ? `${model}: ${never}, for any ${symbolPlain(def.symbol)} ${range}, ${setting}.`
      : `${model}: ${label} stays ${condition.words(show)} ${over}.`;
    const bad = ys.findIndex((y) => !condition.test(y));
    if (bad < 0) return { ok: true, checked };
    const instead = definition.otherwise?.(ys[bad]!);
    return {
      ok: false,
      checked,
      problem: `At ${at(bad)}, ${instead ?? `${clause(ys[bad]!)}, not ${condition.words(show)}`}.`,
    };
  }

  const trend = claim.trend!;
  const verb = { increasing: 'rises', decreasing: 'falls', constant: 'stays the same' }[trend];
  const checked = `${model}: ${label} ${verb} ${over}.`;
  const undefinedAt = ys.findIndex((y) => Number.isNaN(y));
  if (undefinedAt >= 0) return { ok: false, checked, problem: `At ${at(undefinedAt)}, ${clause(ys[undefinedAt]!)}.` };
  const finite = ys.filter(Number.isFinite).map(Math.abs);
  const eps = TOLERANCE * Math.max(...finite, Number.MIN_VALUE);
  const first = ys[0]!;
  const allSame = ys.every((y) => Math.abs(stepOf(first, y)) <= eps);
  if (allSame) {
    // A constant that is a quantity holds, even one said in words (the gap shrinks from the start, for any B); one
    // that never comes (the gap never peaks, for any gᵢ) leaves a sentence about it nothing to be about.
    if (trend === 'constant' && Number.isFinite(first)) return { ok: true, checked };
    const same = definition.otherwise?.(first) ?? (Number.isFinite(first) ? undefined : clause(first));
    if (same) return { ok: false, checked, problem: `For any ${symbolPlain(def.symbol)} ${range}, ${same}.` };
    return {
      ok: false,
      checked,
      problem: `${capital(label)} does not change with ${symbolPlain(def.symbol)}: it is ${show(first)} throughout.`,
    };
  }
  if (trend === 'constant') {
    // Name the two ends of what the value spans, in slider order: a change, not a rounding.
    const order = ys.map((_, i) => i).sort((a, b) => stepOf(ys[b]!, ys[a]!));
    const [i, j] = [order[0]!, order[order.length - 1]!].sort((a, b) => a - b) as [number, number];
    return { ok: false, checked, problem: between(i, j) };
  }
  const wrongStep = (i: number) => {
    const step = stepOf(ys[i - 1]!, ys[i]!);
    return trend === 'increasing' ? step < -eps : step > eps;
  };
  const start = ys.findIndex((_, i) => i > 0 && wrongStep(i));
  if (start < 0) return { ok: true, checked };
  // The whole stretch over which it moves the wrong way, so the two values shown differ visibly.
  let end = start;
  while (end + 1 < ys.length && (wrongStep(end + 1) || stepOf(ys[end]!, ys[end + 1]!) === 0)) end++;
  const [a, b] = [ys[start - 1]!, ys[end]!];
  const moves = stepOf(a, b) > 0 ? 'rises' : 'falls';
  const plain = Number.isFinite(a) && Number.isFinite(b) && !definition.otherwise?.(a) && !definition.otherwise?.(b);
  return {
    ok: false,
    checked,
    problem: plain
      ? `${capital(label)} ${moves} from ${show(a)} at ${at(start - 1)} to ${show(b)} at ${at(end)}.`
      : between(start - 1, end),
  };
}
