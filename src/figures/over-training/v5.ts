/** over-training v5: v4's figure with the chosen model's name beside its dot or joined to it by a leader line. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'The chosen model’s name (“8B on 1.5×10¹³”) now stands beside its dot, or, where the lines leave no room there, in clear space with a short line in its colour to the dot: in v4 it kept to its side of the other sizes’ lines, and on a phone that often put it 30 to 50 px from its dot, under lines it did not name. Same model, sliders, values and data as v4.',
  algorithmicProgress: true,
  reachableEnds: true,
  labelsOffLines: true,
  nameByLeader: true,
});
