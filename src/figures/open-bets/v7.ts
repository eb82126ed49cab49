/** open-bets v7: v6's figure with each target's name tried along its lines, so that on a phone it stands by them. */
import { LAG_YEARS_V3 } from './lag.ts';
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 7,
  date: '2026-12-08',
  changes:
    'On a phone each target’s name stands by its own lines or is joined to them by a leader: where the middle of its line had no room (the “one bet a year” label or the other target’s lines took it), v6 set the name wherever there was room, up to 118 px from its lines; v7 tries points along the solid line, then the dashed one, and joins the name by a leader of up to 120 px. Same model, sliders, values and data as v6.',
  labelsOffLines: true,
  ruleNameSlides: true,
  offAxisSaid: true,
  namesByLines: true,
  anchorChoice: true,
  namesAlongLines: true,
  lagYears: LAG_YEARS_V3,
});
