/** open-bets v6: v5's figure with each target named beside its own line, and an on/off control for where the bill starts. */
import { LAG_YEARS_V3 } from './lag.ts';
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'Each target is named beside its own line, by the middle of its part on the axis, and the labels keep off every line, their own too: v5 named them in the top-left and bottom-left corners, and with every slider at its maximum “Moving target: 4 years behind” sat about 150 px from its lines. Where the frontier bill starts is a choice of two named buttons (the most expensive run, the fitted trend) instead of a 0–1 slider that printed 0 or 1; links keep r = 0 or 1. “1 year behind” is singular. Same model, values and data as v5.',
  labelsOffLines: true,
  ruleNameSlides: true,
  offAxisSaid: true,
  namesByLines: true,
  anchorChoice: true,
  lagYears: LAG_YEARS_V3,
});
