/** budget-frontier v4: v3's figure with an on/off control for where the frontier bill starts. */
import { budgetFrontierFigure } from './figure.ts';

export default budgetFrontierFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    'Where the frontier bill starts is a choice of two named buttons (the most expensive run, the fitted trend) instead of a 0–1 slider that printed 0 or 1; links keep r = 0 or 1. Same model, drawing, values and data as v3.',
  records: true,
  labelsOffMarks: true,
  anchorChoice: true,
});
