/** memo-costs v3: the cost axis's title under its tick labels, not over them. */
import { memoCostsFigure } from './figure.ts';

export default memoCostsFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'The cost axis’s title has a line of its own under the tick labels: on a phone it ran over “$1M” and “$100M”. The model, the data and the rest of the drawing are the same as v2’s.',
  legible: true,
});
