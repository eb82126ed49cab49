/** budget-frontier v2: 2025's record runs beside the fitted trend, the bill started from the record, years rounded. */
import { budgetFrontierFigure } from './figure.ts';

export default budgetFrontierFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Marks 2025’s two most expensive runs ($301M and $185M in training-costs v1) beside the fitted trend’s 2025 level ($123M), which lies below both; the frontier bill now starts from the year’s most expensive run by default, with a switch back to the trend. Years are rounded to the nearest instead of floored (2026.93 was printed as 2026), labels fit a phone, and colours follow the reader’s theme.',
  records: true,
});
