/** memo-costs v1: the memo's two models, their costs from training-costs v1 and scores from open-closed-benchmarks v2. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: PaLM 540B, LLaMA-13B and Vicuna-13B, costs from training-costs v1 and MMLU from open-closed-benchmarks v2, with the memo’s accounting as a slider.',
});
