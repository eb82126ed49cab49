/**
 * The sentences of a "what would you have to believe" box: where the conclusion stands at the settings shown, and
 * where one parameter flips it. Shared by Believe.astro and believe-live.ts so the live text matches the built text.
 */
import { formatParam } from '../../figures/format.ts';
import type { AnyFigureSpec, ParamDefinition } from '../../figures/spec.ts';
import type { FlipAnswer } from './solve.ts';
import { symbolPlain } from '../../notation/symbol-text.ts';

export function flipSentence(def: ParamDefinition, answer: FlipAnswer): string {
  const name = `${def.label.charAt(0).toLowerCase()}${def.label.slice(1)} ${symbolPlain(def.symbol)}`;
  if (answer.flip === undefined) {
    return answer.holdsAtMin && answer.holdsAtMax
      ? `It holds for every value of the ${name} within its range.`
      : `No value of the ${name} within its range makes it hold on its own.`;
  }
  const at = formatParam(answer.flip, def.unit);
  return answer.holdsAtMax
    ? `It holds only if the ${name} is above ${at}.`
    : `It holds only if the ${name} is below ${at}.`;
}

/**
 * The verdict at the settings shown, once: "it holds" or "it does not hold".
 *
 * @example verdictWords(false) // 'it does not hold'
 */
export function verdictWords(holdsNow: boolean): string {
  return holdsNow ? 'it holds' : 'it does not hold';
}

/**
 * The value and the verdict at the settings shown, one whole sentence chosen per case: the value in its unit, or,
 * where it is no quantity (a peak that never comes, one before the start), what holds instead.
 *
 * @example nowSentence(definition, 3.3, false) // 'At the settings shown it is 3.3 years, so it does not hold.'
 * @example nowSentence(definition, -1.7, false) // 'At the settings shown the gap is already shrinking at the start, so it does not hold.'
 */
export function nowSentence(
  definition: Pick<AnyFigureSpec['values'][string], 'format' | 'otherwise'>,
  value: number,
  holdsNow: boolean,
): string {
  const instead = definition.otherwise?.(value);
  const what = instead ?? (Number.isFinite(value) ? `it is ${definition.format(value)}` : 'it has no value');
  return `At the settings shown ${what}, so ${verdictWords(holdsNow)}.`;
}
