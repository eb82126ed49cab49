/** memo-costs v5: v4's figure with each model's name by its dot or joined to it by a leader. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'Each model’s name stands by its dot or is joined to it by a short line: on a phone “Vicuna-13B” stood 40–43 px below its dot, where it could read as nothing’s. The model, the data and the rest of the drawing are the same as v4’s.',
  legible: true,
  labelsOffLine: true,
  namesByDots: true,
});
