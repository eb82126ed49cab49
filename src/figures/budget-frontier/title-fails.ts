/**
 * budget-frontier's title, "The frontier’s bill climbs; the price of any fixed capability falls", is written at
 * its defaults (issue 19: every claim at the state on screen). The bill always climbs: it grows at the training-cost
 * growth, whose slider starts at 1.2× a year. The price of a capability already reached falls gₕ·gₐ× a year, so it
 * stays where it is when neither hardware nor algorithms improve (both sliders at 1): the figure's costFalls case
 * 'flat', in the incentives essay's words.
 *
 * @example budgetTitleFails({ ...defaults, g_h: 1, g_a: 1 })
 *   // 'Neither hardware nor algorithms improve at these settings, so the capability of the 2025 frontier never …'
 */
import { formatYear } from '../format.ts';
import type { Params } from '../spec.ts';
import { nearestYear, type Key } from './anchor.ts';
import { budgetFrontierCases } from './cases.ts';

export function budgetTitleFails(p: Params<Key>): string | undefined {
  if (budgetFrontierCases.costFalls!.compute(p, []) === 'falls') return undefined;
  return `Neither hardware nor algorithms improve at these settings, so the capability of the ${formatYear(nearestYear(p.capability_year))} frontier never gets cheaper: a budget that cannot pay for it now never will.`;
}
