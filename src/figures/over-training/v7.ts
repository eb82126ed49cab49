/** over-training v7: v6's figure, with the chosen model's leader kept off the other lines where it can be. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 7,
  date: '2026-12-07',
  changes:
    'The chosen model’s leader now keeps off the grey size lines wherever a clear place is within its reach, and its name may stand in the top margin beside the axis title: at 390 px with the 400B model, v6’s leader crossed three size lines to reach a place below them. Where no clear place is in reach (on a narrow phone, a dot among the size lines), it crosses as few as it can; over the tested states at 290 to 606 px its leaders cross 29 size lines, against v6’s 45. Same model, sliders, values and data as v6.',
  algorithmicProgress: true,
  reachableEnds: true,
  labelsOffLines: true,
  nameByLeader: true,
  offAxisSaid: true,
  clearLeader: true,
});
