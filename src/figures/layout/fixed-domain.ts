/**
 * Axis domains that stay put while the reader moves a slider (issue 19: the wall's figure 3 went from 0–13 to 0–8
 * as κ moved, so the curves looked unchanged). A figure declares its domain as a constant in its plot options;
 * this computes the extent of what it draws over every state a reader can reach (reachable-states.ts), so the
 * constant can be chosen, and checked in the figure's test, to hold them all. A figure whose domain must move
 * (a window the reader slides) says why in a comment beside its scale.
 *
 * @example
 * const [low, high] = extentOverStates(spec, data, (rows) => rows.map((r) => r.gap!));
 * expect(low).toBeGreaterThanOrEqual(0); expect(high).toBeLessThanOrEqual(0.25); // the domain [0, 0.25] holds
 */
import { figureParams, reachableStates, type ReachableOptions } from '../reachable-states.ts';
import type { AnyFigureSpec, AnyTableRow, FigureData, Params } from '../spec.ts';

/**
 * The least and greatest finite value of `values(rows, params)` over the reachable states of `spec` alone, from
 * its defaults (or `start`, the essay's starting values). Throws when no state gives a finite value.
 */
export function extentOverStates(
  spec: AnyFigureSpec,
  data: FigureData,
  values: (rows: readonly AnyTableRow[], params: Params) => Iterable<number>,
  options: ReachableOptions & { readonly start?: Readonly<Record<string, number>> } = {},
): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const state of reachableStates([spec], options.start ?? {}, options)) {
    const params = figureParams(spec, state.params);
    for (const value of values(spec.table(params, data), params)) {
      if (!Number.isFinite(value)) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  if (low > high) throw new Error(`extentOverStates: ${spec.id} draws no finite value in any reachable state`);
  return [low, high];
}

/**
 * A domain rounded out to `step` (or to a power of ten on a log axis) that holds [low, high].
 *
 * @example niceDomain([0.012, 0.43], 0.05) // [0, 0.45]
 * @example niceDomain([3e-4, 2e3], 'log') // [1e-4, 1e4]
 */
export function niceDomain([low, high]: readonly [number, number], step: number | 'log'): [number, number] {
  if (step === 'log') return [10 ** Math.floor(Math.log10(low)), 10 ** Math.ceil(Math.log10(high))];
  const round = (v: number) => Number(v.toPrecision(12));
  return [round(Math.floor(low / step) * step), round(Math.ceil(high / step) * step)];
}
