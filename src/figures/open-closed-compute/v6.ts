/** open-closed-compute v6: v5 with the open record's date within 30 px of its step on a phone. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'The open record’s date (“open record since Jul 2024”) now stands within 30 px of the step where that record was set, on a phone too: v5’s dashed leader ran 40 to 60 px there, to the only clear place it found, and the date read as loosely attached. The y axis reaches 10²⁹, a decade more, which leaves it room above the closed record line near its step. Same data, slider, values and lag as v5.',
  censoring: true,
  legible: true,
  widening: true,
  labelsOffMarks: true,
  namesNear: true,
});
