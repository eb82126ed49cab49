/** memo-costs v4: v3's figure with the models' names kept off the Vicuna–PaLM line and the dots. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    'The models’ names keep off the line from Vicuna to PaLM and off the dots: on a phone “LLaMA-13B” was written along that line. The model, the data and the rest of the drawing are the same as v3’s.',
  legible: true,
  labelsOffLine: true,
});
