/**
 * The sentence a "what would you have to believe" line says about one
 * parameter: where the conclusion flips and on which side it holds. Shared by
 * Believe.astro and believe-live.ts so the live text matches the built text.
 */
import { formatParam } from '../../figures/format.ts';
import type { ParamDefinition } from '../../figures/spec.ts';
import type { FlipAnswer } from './solve.ts';

export function flipSentence(def: ParamDefinition, answer: FlipAnswer): string {
  const name = `${def.label.charAt(0).toLowerCase()}${def.label.slice(1)} ${def.symbol}`;
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
