/** device-frontier v9: no machine's dot with its middle under another maker's, every dot on show. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 9,
  date: '2026-12-08',
  changes:
    'A machine whose dot would stand with its middle under a dot of another maker is moved across its year’s column, keeping its height, just far enough that its middle shows: on a 390 px phone at 10¹¹ training tokens v8 drew the M3 Ultra’s dot 3 px from the point the DGX Spark, Ryzen AI Max+ 395 and M4 Max share, under its nested dot, and “M3 Ultra” then stood by the M4 Max’s ring. The shared point is not moved, and where no dot would cover another’s middle (every state on a 1280 px screen) the drawing is v8’s. The model, the data, the table, the names and the key are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
  namesByLeader: true,
  offAxisSaid: true,
  essayNamesFirst: true,
  nestedDots: true,
  sideBySide: true,
});
