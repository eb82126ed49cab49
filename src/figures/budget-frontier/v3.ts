/** budget-frontier v3: v2's figure with every label kept off the lines, rules and dots of other colours. */
import { budgetFrontierFigure } from './figure.ts';

export default budgetFrontierFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'Labels keep off the lines, rules and dots of other colours, and are drawn after them. On a phone the frontier’s line was drawn across “Academic lab $1M”, “trend” lay along the $100M rule (and, with hardware flat, on the cost curve and its dot), the name of the cost curve lay along the frontier’s projected line, and “Your budget $200M” along the tier rule above it. The two curves are now named above the plot, where no line is drawn; the names of 2025’s runs and of the trend stay by their rings; a tier’s or the budget’s name slides along its own rule, to its other side if need be, and is left out where no place beside its rule is clear, never moved next to another rule. On a phone the tier names leave out their amounts, which the axis gives at their rules, and the budget reads “Budget $10M”. Same model, sliders, values and data as v2.',
  records: true,
  labelsOffMarks: true,
});
