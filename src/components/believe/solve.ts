/**
 * "What would you have to believe": for a conclusion stated as a figure value
 * crossing a threshold, the value of one parameter at which it flips, others
 * held where they are. Pure and DOM-free, shared by Believe.astro (build time)
 * and believe-live.ts (the browser, when the reader moves a slider).
 */
import { flipPoint } from '../../model/inverse.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition, Params } from '../../figures/spec.ts';

export type Side = 'below' | 'above';

export interface BelieveQuestion {
  /** Named value of the figure (spec.values) the conclusion is about. */
  readonly value: string;
  /** The conclusion holds when the value is `holdsWhen` this threshold. */
  readonly threshold: number;
  readonly holdsWhen: Side;
}

export interface FlipAnswer {
  readonly param: string;
  /** The parameter's value now. */
  readonly current: number;
  /** Where the conclusion flips; undefined when it does not within the parameter's range. */
  readonly flip: number | undefined;
  /** Whether the conclusion holds at the parameter's min and at its max (the side of the flip it holds on). */
  readonly holdsAtMin: boolean;
  readonly holdsAtMax: boolean;
}

/** The figure value at these parameters. */
export function figureValue(spec: AnyFigureSpec, value: string, params: Params, data: FigureData): number {
  const definition = spec.values[value];
  if (!definition) throw new Error(`${spec.id} has no value "${value}"; it has ${Object.keys(spec.values).join(', ')}`);
  return definition.compute(params, spec.table(params, data));
}

/** Whether the conclusion holds for this value of the figure value (NaN and ±∞ compare as numbers do). */
export function holds(question: BelieveQuestion, v: number): boolean {
  return question.holdsWhen === 'below' ? v < question.threshold : v > question.threshold;
}

/** Solves for the flip point of one parameter (in log space for log-scale parameters). */
export function solveFlip(
  spec: AnyFigureSpec,
  question: BelieveQuestion,
  param: string,
  params: Params,
  data: FigureData,
): FlipAnswer {
  const def = spec.params[param] as ParamDefinition | undefined;
  if (!def) throw new Error(`${spec.id} has no parameter "${param}"`);
  const log = def.scale === 'log';
  const toValue = (s: number) => (log ? 10 ** s : s);
  const margin = (s: number) => {
    const v = figureValue(spec, question.value, { ...params, [param]: toValue(s) }, data);
    // Infinite values (e.g. "never") stay on their side of the threshold, finite and signed for bisection.
    const d = v - question.threshold;
    return Number.isFinite(d) ? d : Math.sign(d) * 1e12;
  };
  const low = log ? Math.log10(def.min) : def.min;
  const high = log ? Math.log10(def.max) : def.max;
  const root = flipPoint(margin, low, high, 1e-7);
  return {
    param,
    current: params[param] ?? def.default,
    flip: root === undefined ? undefined : toValue(root),
    holdsAtMin: holds(question, margin(low) + question.threshold),
    holdsAtMax: holds(question, margin(high) + question.threshold),
  };
}
