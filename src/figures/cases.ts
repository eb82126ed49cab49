/**
 * Live prose in whole sentences: which option of a figure's named case
 * (spec `cases`, see FigureCase in spec.ts) holds at a state. Pure and
 * DOM-free, shared by the build (remark-figure-cases.ts, which shows that
 * option's <When> at the essay's starting state), the island (live-prose.ts,
 * which switches it as the reader moves sliders) and the sentence catalogue.
 */
import type { AnyFigureSpec, AnyTableRow, FigureCase, Params } from './spec.ts';

/**
 * A spec's case by name; throws naming the cases it has.
 *
 * @example figureCase(getFigure('meek-loss-gap'), 'peakShape').options // ['widens', 'peaks', 'shrinking']
 */
export function figureCase(spec: AnyFigureSpec, name: string): FigureCase<string, AnyTableRow> {
  const cases = (spec.cases ?? {}) as Record<string, FigureCase<string, AnyTableRow>>;
  const found = cases[name];
  if (!found) {
    const known = Object.keys(cases);
    throw new Error(
      `${spec.id} v${spec.version} has no case "${name}"; ${known.length ? `it has: ${known.join(', ')}` : 'it declares no cases'}`,
    );
  }
  return found;
}

/**
 * The option that holds at `params` (rows are the spec's table at those params); throws when the spec's
 * `compute` returns something outside its declared `options` (a spec bug the catalogue and build must not hide).
 *
 * @example caseOption(spec, 'peakShape', params, spec.table(params, data)) // 'peaks'
 */
export function caseOption(spec: AnyFigureSpec, name: string, params: Params, rows: readonly AnyTableRow[]): string {
  const definition = figureCase(spec, name);
  const option = definition.compute(params, rows);
  if (!definition.options.includes(option)) {
    throw new Error(
      `${spec.id} v${spec.version} case "${name}" returned "${option}", which is not one of its options (${definition.options.join(', ')})`,
    );
  }
  return option;
}
