/** over-training v6: v5's figure, with the chosen model's dot said where it is when the axes cannot show it. */
import { overTrainingFigure } from './figure.ts';

export default overTrainingFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'Where the chosen model’s dot lies off the axes, a note in grey says where (“▼ 0.4B on 1×10¹¹ matches a frontier before 2012”, “← 400B on 1×10¹¹ under 2 tokens per parameter”): in v5, with the sliders at their minima, its line and dot left the plot and its name went with them, with nothing said. Its name is now placed before “compute-optimal”, so at every slider’s maximum on a phone it stands beside its dot rather than 50 px off. Same model, sliders, values and data as v5.',
  algorithmicProgress: true,
  reachableEnds: true,
  labelsOffLines: true,
  nameByLeader: true,
  offAxisSaid: true,
});
