/**
 * open-bets' title from v2, "Bets on a moving target run out; bets on a fixed one get cheaper", is written at its
 * defaults (issue 19: every claim at the state on screen). Bets on a moving target always get dearer (the bill's
 * growth slider starts at 1.2× a year), but a small budget may pay for less than one of them even in the anchor year
 * (the moving case 'none'): there are none to run out. A bet on a fixed target gets cheaper by gₕ·gₐ a year, so not
 * at all when neither hardware nor algorithms improve (both sliders at 1). One whole sentence for each, and one for
 * both.
 *
 * @example betsTitleFails({ budget: 1e5, capabilityYear: 2025, anchorYear: 2025, lastMovingYear: 2021.3, capabilityCostFall: 3.9 })
 *   // 'A budget of $100K a year pays for less than one bet on the moving target even in 2025, so there are none to run out.'
 */
import { nearestYear } from '../budget-frontier/anchor.ts';
import { formatUsd, formatYear } from '../format.ts';

export interface BetsState {
  readonly budget: number;
  /** The fixed target: the frontier of this year. */
  readonly capabilityYear: number;
  /** The year the bill starts. */
  readonly anchorYear: number;
  /** The last year the budget pays for one moving-target bet (before the anchor year: none ever). */
  readonly lastMovingYear: number;
  /** How many times cheaper a reached capability gets each year, gₕ·gₐ. */
  readonly capabilityCostFall: number;
}

export function betsTitleFails(s: BetsState): string | undefined {
  const none = s.lastMovingYear < s.anchorYear;
  const flat = !(s.capabilityCostFall > 1);
  const budget = `A budget of ${formatUsd(s.budget)} a year pays for less than one bet on the moving target even in ${formatYear(Math.floor(s.anchorYear))}`;
  const target = `the ${formatYear(nearestYear(s.capabilityYear))} frontier`;
  if (none && flat)
    return `${budget}, and with neither hardware nor algorithms improving a bet on ${target} never gets cheaper.`;
  if (none) return `${budget}, so there are none to run out.`;
  if (flat)
    return `Neither hardware nor algorithms improve at these settings, so a bet on ${target} never gets cheaper.`;
  return undefined;
}
