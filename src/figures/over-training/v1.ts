/** over-training v1: frontier year matched by fixed-size models as their training tokens grow. Superseded by v2; frozen. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: the frontier year fixed-size models match as they are over-trained, anchored on ai-models v1.',
  algorithmicProgress: false,
});
