/** device-frontier v4: a machine's name has its middle nearer its own dot than any other, so no two names read as each other's. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    'A machine’s name now has its middle nearer its own dot than any other dot, as well as its edge: in v3, on a wide screen, “MacBook M4 Max” sat above and left of its dot, over the M2 Ultra’s, and “M2 Ultra” below and right of its own, under the MacBook’s, so each could be read as the other’s name. The MacBook Pro is named by its chip, “M4 Max”, as the Mac Studios are, so its name fits under its dot. A name with no such place beside its dot is left out (the table lists every machine). The model, the data and the table are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
});
