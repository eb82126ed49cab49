/** device-frontier v7: every machine the essay names keeps its name, and off the axis is named in the note. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 7,
  date: '2026-12-07',
  changes:
    'The RTX 3090, which the essay names as where memory growth starts, is now named before the other machines, as the DGX Spark, the RTX 5090 and the M3 Ultra were: on a phone v6 left its name out in some states (at 10¹¹ training tokens), its place taken by later machines’ names. A note for machines off the year axis names the essay’s machines among them, on two lines so that it fits a phone (“▼ RTX 3090” over “matches a frontier before 2018”; “▼ All 9 machines”). The model, the data, the table and the key are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
  namesByLeader: true,
  offAxisSaid: true,
  essayNamesFirst: true,
});
