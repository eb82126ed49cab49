/** open-bets v5: v4's figure, with a target whose lines are off the axis said so rather than named over nothing. */
import { LAG_YEARS_V3 } from './lag.ts';
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'A target whose two lines both lie off the axis is said so, in grey (“▼ Moving target: under 0.001 bets a year”): with every slider at its minimum v4 named the moving target in its colour over a plot with none of its lines on show. Same model, sliders, values, data and labels otherwise as v4.',
  labelsOffLines: true,
  ruleNameSlides: true,
  offAxisSaid: true,
  lagYears: LAG_YEARS_V3,
});
