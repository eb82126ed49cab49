/** wall-capability-curve v3: the axes' titles clear of their tick labels at every width. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'The axis titles have room of their own: on a phone the compute axis’s title ran over its tick labels (“+10”, “+15”), so the drawing now keeps a line for each title beside the ticks; the dots’ labels stay inside the plot and clear of each other (with no wall, “Frontier 2025” reached over the capability axis’s ticks on a phone). The model and the data are the same as v2’s.',
});
