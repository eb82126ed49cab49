/** device-frontier v5: a machine's name with no clear place beside its dot stands nearby, joined to it by a leader line. */
import { deviceFrontierFigure } from './figure.ts';

export default deviceFrontierFigure({
  version: 5,
  date: '2026-12-07',
  changes:
    'A machine’s name with no clear place beside its dot now stands in clear space nearby, with a short line in its maker’s colour to its dot: on a phone v4 left some names out in most states (“M3 Ultra”, “M4 Max”, “RTX 3090”), their dots set close together along the “same year” diagonal, rather than put them where they could be read as a neighbour’s. Names placed beside their dots are where v4 put them. The model, the data and the table are the same.',
  algorithmicProgress: true,
  labelLayout: true,
  namesByMiddle: true,
  namesByLeader: true,
});
