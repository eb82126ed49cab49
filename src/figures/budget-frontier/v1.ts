/** budget-frontier v1: the frontier bill from training-costs v1 against budget tiers. */
import { budgetFrontierFigure } from './figure.ts';

export default budgetFrontierFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: the frontier training bill anchored on training-costs v1, the falling cost of a fixed capability, and budget tiers.',
});
