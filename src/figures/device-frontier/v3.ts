/** device-frontier v3: machines' names keep off the same-year diagonal, the frontier's rule and the projection, next to their dots (LabelLayout). */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'Labels keep off the lines as well as the dots: on a phone “2030 machine”, “M3 Ultra” and “RTX 4090” lay along the dashed same-year diagonal, and “Spark +2” along the projected machine’s line. Each machine’s name now takes the clear place nearest its dot, within a few pixels of it, or is left out (the table lists every machine); before, a name set under its dot could read as its neighbour’s. The model, the data and the table are the same.',
  algorithmicProgress: true,
  labelLayout: true,
});
