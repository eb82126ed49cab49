/** open-bets v2: bets on a moving target and on a fixed one, on budget-frontier's bill. */
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Adds bets on a fixed target (the frontier of a chosen year), whose price falls every year, beside bets on a moving one (the frontier of a few years before), whose price grows with the leaders’ bill: v1 drew only the moving kind, so its conclusion that the leaders’ scaling decides followed from how a bet was defined. The bill now grows at the training-cost growth (Cottier et al.’s 2.4× a year) and starts where the figure of budget tiers starts it, instead of growing at frontier compute over hardware (4.7/1.4 = 3.36×, and 4.7× is not in Epoch AI’s text); flat hardware keeps the leaders’ spending growth. Years are rounded to the nearest, the y axis is fixed, and colours follow the reader’s theme.',
});
