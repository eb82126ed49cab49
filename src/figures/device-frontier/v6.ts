/** device-frontier v6: machines off the year axis are said in the plot, and the key names only the makers on show. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 6,
  date: '2026-12-07',
  changes:
    'Machines whose best model matches a frontier outside the year axis are now said in the plot (“▼ 9 machines match a frontier before 2018”), and the key names only the makers with a dot on show: with every slider at its minimum v5 keyed NVIDIA, Apple and AMD over an empty plot. The model, the data, the table and the names beside the dots are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
  namesByLeader: true,
  offAxisSaid: true,
});
