/**
 * "What would you have to believe": for a conclusion stated as a figure value
 * above or below a threshold, the value of one parameter at which it flips,
 * the others held fixed (src/model/inverse.ts). Pure; <Believe> renders it.
 */
import { flipPoint } from '../model/inverse.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition } from './spec.ts';

export type Side = 'above' | 'below';

export interface Flip {
  /** The parameter value at which the conclusion flips, or undefined when it does not flip in the slider range. */
  readonly at?: number;
  /** Where the conclusion holds relative to `at`: for values of the parameter above it, or below it. */
  readonly holdsFor?: Side;
  /** Whether the conclusion holds everywhere in the range, nowhere, or on one side of `at`. */
  readonly verdict: 'flips' | 'always' | 'never';
}

/**
 * Solves one parameter for the flip of "value is `side` threshold".
 *
 * @example solveFlip(spec, { value: 'peakYearsAfterStart', threshold: 5, holdsWhen: 'above' }, 'alpha', params, {})
 */
export function solveFlip(
  spec: AnyFigureSpec,
  question: { value: string; threshold: number; holdsWhen: Side },
  key: string,
  params: Record<string, number>,
  data: FigureData,
): Flip {
  const definition = spec.values[question.value];
  const def = spec.params[key] as ParamDefinition | undefined;
  if (!definition) throw new Error(`${spec.id} has no value "${question.value}"`);
  if (!def) throw new Error(`${spec.id} has no parameter "${key}"`);
  const log = def.scale === 'log';
  const toX = (slider: number) => (log ? 10 ** slider : slider);
  const value = (x: number) => {
    const p = { ...params, [key]: x };
    return definition.compute(p, spec.table(p, data));
  };
  const sign = question.holdsWhen === 'above' ? 1 : -1;
  // Positive where the conclusion holds; ±Infinity are clipped so bisection can bracket them.
  const margin = (slider: number) => {
    const m = sign * (value(toX(slider)) - question.threshold);
    return Number.isNaN(m) ? -1 : Math.max(-1e300, Math.min(1e300, m));
  };
  const lo = log ? Math.log10(def.min) : def.min;
  const hi = log ? Math.log10(def.max) : def.max;
  const atLo = margin(lo) > 0;
  const atHi = margin(hi) > 0;
  if (atLo === atHi) return { verdict: atLo ? 'always' : 'never' };
  const root = flipPoint(margin, lo, hi, 1e-7);
  return { verdict: 'flips', at: root === undefined ? undefined : toX(root), holdsFor: atHi ? 'above' : 'below' };
}
