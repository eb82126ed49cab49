/** memo-costs v2: legible on a phone and in the dark; PaLM's MMLU cited to Chung et al. 2022. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Legible on a phone and in the dark: cost ticks every two decades (at 320 px “$10M$100M” ran together), short names on the dots with a legend for open, closed and the memo’s figures (the memo’s labels ran off the right edge), and colours that follow the reader’s theme. The caption says where PaLM’s 71.3% on MMLU comes from (Chung et al. 2022; the PaLM paper reports 69.3%), and the fine-tuning cost’s symbol is F.',
  legible: true,
});
