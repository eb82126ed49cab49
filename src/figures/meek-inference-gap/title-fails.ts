/**
 * meek-inference-gap's title, "On the inference side, a fixed price per token catches the frontier fast", is
 * written at its defaults, where the affordable model closes a 100× head start in under a year (issue 19: every
 * claim at the state on screen). It is false where prices fall too slowly for the affordable model ever to catch up
 * (the catchUp case 'never'), and where it catches up only after the figure's years end: the figure then shows no
 * catch-up, and a catch-up decades away is not fast.
 *
 * @example inferenceTitleFails({ decline: 1.5, breakEven: 3.3, catchUpYears: Infinity, figureYears: 10 })
 *   // 'Prices fall 1.5× a year, more slowly than the 3.3× a year at which the affordable model would keep pace, …'
 */
import { formatNumber } from '../format.ts';
import { formatYears } from '../meek-loss-gap/values.ts';

export interface InferenceRace {
  /** How many times cheaper a fixed capability gets each year (the slider). */
  readonly decline: number;
  /** The decline at which the affordable model just keeps pace with the frontier. */
  readonly breakEven: number;
  /** Years until the affordable model reaches the frontier; Infinity when it never does. */
  readonly catchUpYears: number;
  /** Years the figure draws. */
  readonly figureYears: number;
}

const perYear = (v: number) => `${formatNumber(v, 2)}× a year`;

export function inferenceTitleFails(race: InferenceRace): string | undefined {
  if (race.catchUpYears <= race.figureYears) return undefined;
  if (race.catchUpYears === Infinity)
    return `Prices fall ${perYear(race.decline)}, more slowly than the ${perYear(race.breakEven)} at which the affordable model would keep pace, so it never catches the frontier.`;
  return `Prices fall ${perYear(race.decline)}, faster than the ${perYear(race.breakEven)} at which the affordable model keeps pace, but it catches the frontier only in ${formatYears(race.catchUpYears)}, after the figure ends.`;
}
