/** open-closed-compute v7: v6 with the open record's date joined to its step by a leader on a 320 px phone too. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 7,
  date: '2026-12-07',
  changes:
    'On a 320 px phone, from 2020 on, the open record’s date (“open record since Jul 2024”) is joined to the step where that record was set by its dashed leader: v6 found no clear place within 30 px of the step there and set the date 40 to 79 px off with no line to it. Where a place within 30 px is clear, as at every from-year from 340 px up, it stands as in v6. Same data, slider, values and lag as v6.',
  censoring: true,
  legible: true,
  widening: true,
  labelsOffMarks: true,
  namesNear: true,
  dateJoined: true,
});
