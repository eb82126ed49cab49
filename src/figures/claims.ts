/**
 * Checked claims: a qualitative sentence in an essay stated as something the
 * figure's model can test. A claim names a figure's value and either
 *   - a trend over one parameter's slider range ("increasing", "decreasing",
 *     "constant"), or
 *   - a condition ("> 0", "<= 2040", "finite", "infinite"), which must hold at
 *     the figure's defaults or, with `param`, over that parameter's whole range,
 * with the other parameters at the figure's defaults or at a stated preset (`at`).
 * Pure: no I/O. The remark plugin (src/authoring/remark-claims.ts) evaluates
 * every claim at build and fails naming the essay's file and line; <Claim>
 * renders the sentence with what was checked.
 */
import type { AnyFigureSpec, FigureData, ParamDefinition } from './spec.ts';
import { defaultParams } from './spec.ts';

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
  /** Other parameters set to these values instead of the defaults. */
  readonly at?: Readonly<Record<string, number>>;
}

export interface ClaimResult {
  readonly ok: boolean;
  /** What was checked, in a sentence (the rendered claim's title). */
  readonly checked: string;
  /** Why the claim is false, when it is. */
  readonly problem?: string;
}

/** Points per parameter range: enough to catch a turn in a smooth curve. */
const GRID_POINTS = 61;
/** Relative tolerance for "constant", "=" and for flat steps of a trend (rounding, not model change). */
const TOLERANCE = 1e-9;

/**
 * The parameter's range as the slider walks it: evenly in its own space (log10 for log scales).
 *
 * @example rangeGrid({ min: 1, max: 100, scale: 'log' } as ParamDefinition, 3) // [1, 10, 100]
 */
export function rangeGrid(def: ParamDefinition, points = GRID_POINTS): number[] {
  const log = def.scale === 'log';
  const lo = log ? Math.log10(def.min) : def.min;
  const hi = log ? Math.log10(def.max) : def.max;
  return Array.from({ length: points }, (_, i) => {
    const x = i === points - 1 ? hi : lo + ((hi - lo) * i) / (points - 1);
    return log ? 10 ** x : x;
  });
}

type Test = { readonly test: (v: number) => boolean; readonly words: string };

/**
 * A condition string as a test.
 *
 * @example parseCondition('> 0').test(1) // true
 */
export function parseCondition(condition: string): Test {
  const text = condition.trim();
  if (text === 'finite') return { test: Number.isFinite, words: 'is finite' };
  if (text === 'infinite') return { test: (v) => v === Infinity, words: 'is infinite' };
  const match = /^(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text);
  if (!match) throw new Error(`unknown condition "${condition}" (use finite, infinite, > x, >= x, < x, <= x or = x)`);
  const op = match[1]!;
  const x = Number(match[2]);
  const near = (v: number) => Math.abs(v - x) <= TOLERANCE * Math.max(1, Math.abs(x));
  const tests: Record<string, (v: number) => boolean> = {
    '>': (v) => v > x,
    '>=': (v) => v >= x || near(v),
    '<': (v) => v < x,
    '<=': (v) => v <= x || near(v),
    '=': near,
  };
  return { test: tests[op]!, words: `is ${op} ${x}` };
}

const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : String(v));

/** Checks one claim against a figure spec and its data (pass `{}` for a figure without datasets). */
export function evaluateClaim(claim: Claim, spec: AnyFigureSpec, data: FigureData): ClaimResult {
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
  const params: Record<string, number> = { ...defaultParams(spec) };
  for (const [key, value] of Object.entries(claim.at ?? {})) {
    const def = spec.params[key] as ParamDefinition | undefined;
    if (!def) throw new Error(`${spec.id} has no parameter "${key}"; it has: ${Object.keys(spec.params).join(', ')}`);
    if (!(value >= def.min && value <= def.max)) {
      throw new Error(`${key} = ${value} is outside ${spec.id}'s range [${def.min}, ${def.max}]`);
    }
    params[key] = value;
  }
  const valueAt = (p: Record<string, number>) => definition.compute(p, spec.table(p, data));
  const setting = claim.at
    ? `with ${Object.entries(claim.at)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')} and the other parameters at their defaults`
    : `with the other parameters at ${spec.id}'s defaults`;

  if (claim.param === undefined) {
    if (claim.trend) throw new Error('a trend needs a param to run over');
    const condition = parseCondition(claim.condition!);
    const value = valueAt(params);
    const checked = `Checked at build against ${spec.id} v${spec.version}: ${claim.value} ${condition.words} ${setting.replace('with the other parameters at', 'at')}.`;
    return condition.test(value)
      ? { ok: true, checked }
      : { ok: false, checked, problem: `${claim.value} = ${fmt(value)}, which is not ${claim.condition}` };
  }

  const def = spec.params[claim.param] as ParamDefinition | undefined;
  if (!def) {
    throw new Error(`${spec.id} has no parameter "${claim.param}"; it has: ${Object.keys(spec.params).join(', ')}`);
  }
  const xs = rangeGrid(def);
  const ys = xs.map((x) => valueAt({ ...params, [claim.param!]: x }));
  const over = `as ${claim.param} goes from ${fmt(def.min)} to ${fmt(def.max)} (${xs.length} points), ${setting}`;

  if (claim.condition !== undefined) {
    const condition = parseCondition(claim.condition);
    const checked = `Checked at build against ${spec.id} v${spec.version}: ${claim.value} ${condition.words} ${over}.`;
    const bad = ys.findIndex((y) => !condition.test(y));
    return bad < 0
      ? { ok: true, checked }
      : {
          ok: false,
          checked,
          problem: `${claim.value} = ${fmt(ys[bad]!)} at ${claim.param} = ${fmt(xs[bad]!)}, which is not ${claim.condition}`,
        };
  }

  const trend = claim.trend!;
  const verb = { increasing: 'rises', decreasing: 'falls', constant: 'stays the same' }[trend];
  const checked = `Checked at build against ${spec.id} v${spec.version}: ${claim.value} ${verb} ${over}.`;
  const nonFinite = ys.findIndex((y) => !Number.isFinite(y));
  if (nonFinite >= 0) {
    return {
      ok: false,
      checked,
      problem: `${claim.value} is ${fmt(ys[nonFinite]!)} at ${claim.param} = ${fmt(xs[nonFinite]!)}, so it has no trend there`,
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
      return {
        ok: false,
        checked,
        problem: `${claim.value} is not ${trend} in ${claim.param}: ${fmt(ys[i - 1]!)} at ${fmt(xs[i - 1]!)} → ${fmt(ys[i]!)} at ${fmt(xs[i]!)} (${fmt(first)} at ${fmt(xs[0]!)} → ${fmt(last)} at ${fmt(xs.at(-1)!)})`,
      };
    }
  }
  if (trend !== 'constant' && Math.abs(last - first) <= eps) {
    return {
      ok: false,
      checked,
      problem: `${claim.value} does not change with ${claim.param} (${fmt(first)} throughout), so it is not ${trend}`,
    };
  }
  return { ok: true, checked };
}
