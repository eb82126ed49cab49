/** device-frontier v8: machines of different makers at one point drawn as nested rings, every maker on show. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 8,
  date: '2026-12-07',
  changes:
    'The DGX Spark, the Ryzen AI Max+ 395 and the Mac Studio M4 Max have the same memory and year, so they share one point, where v7 drew the Spark’s green dot over the other two makers’ dots. Machines of different makers at one point are now drawn as nested rings, the named machine’s maker outermost, so every maker’s colour shows where its machine is. The model, the data, the table, the names and the key are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
  namesByLeader: true,
  offAxisSaid: true,
  essayNamesFirst: true,
  nestedDots: true,
});
