/** memo-costs v6: v5's figure with the price measure as a two-choice control. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'How compute is priced is a pair of named choices, “amortised hardware and energy” or “cloud rental rates”, where v5 had a slider from 0 to 1 that printed 0 or 1. Links, presets and citations still carry 0 or 1. The model, the data and the drawing are the same as v5’s.',
  legible: true,
  labelsOffLine: true,
  namesByDots: true,
  cloudChoice: true,
});
