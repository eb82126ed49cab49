/** over-training v3: the model-size slider reaches both its ends. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'The size of the local model now runs from 0.4B to 400B parameters: v2’s slider, 1B to 400B on a log scale in steps that did not divide its range, stopped at 398B and never reached its end. The drawing is otherwise the same.',
  algorithmicProgress: true,
  reachableEnds: true,
});
