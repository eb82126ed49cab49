/** over-training v4: v3's figure with its labels kept off the lines. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    'Labels keep off the lines: the chosen model’s label (“8B on 1.5×10¹³”) was written along the 32B line, on a phone and on a desktop, and at the sliders’ maxima the chosen size’s line was drawn over “compute-optimal”. Labels are now placed where they are drawn, clear of every line, rule and dot and of one another, on the chosen size’s side of the other sizes’ lines, and are drawn over the lines rather than under them. Same model, sliders, values and data as v3.',
  algorithmicProgress: true,
  reachableEnds: true,
  labelsOffLines: true,
});
