/** open-bets v4: v3's figure, with "one bet a year" kept beside the rule it names in every state. */
import { LAG_YEARS_V3 } from './lag.ts';
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    '“One bet a year” stays beside the rule it names: where a line crosses the rule at its place, it slides along the rule, above it and then below, to the nearest clear place. In v3 it was moved off the lines like any other label, and on a phone with the budget at $100K it sat about two label heights below the rule, where it could be read as naming the grid line beneath. Same model, sliders, values and data as v3.',
  labelsOffLines: true,
  ruleNameSlides: true,
  lagYears: LAG_YEARS_V3,
});
