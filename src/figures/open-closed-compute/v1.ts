/** open-closed-compute v1: open vs closed training compute from ai-models v1, with the catch-up lag. */
import { openClosedComputeFigure } from './figure.ts';

export default openClosedComputeFigure({
  version: 1,
  date: '2026-11-22',
  changes:
    'First version: open-weights and closed models’ training compute from ai-models v1, with record lines and the catch-up lag.',
  legible: false,
});
