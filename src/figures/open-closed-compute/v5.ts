/** open-closed-compute v5: v4 with the widening's labels kept off the closed side's marks, and year ticks that fit. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'The open record’s date (“open record since Jul 2024”) no longer lies along the closed record line and across the closed models’ rings: it takes the nearest clear place by the step where that record was set, and a thin dashed line in its colour joins it to the step when that place is not next to it. It and the count of unmatched records are set on two lines each, and the y axis reaches 10²⁸, a decade above the highest record, so both fit on a phone. On a phone the year ticks fit the width (v4’s ran together as “20182019…”). Same data, slider, values and lag as v4.',
  censoring: true,
  legible: true,
  widening: true,
  labelsOffMarks: true,
});
