/** meek-loss-gap v7: v6's figure, saying that gᵢ = 3.57 and the loss law's constants are this site's reading of the paper. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 7,
  date: '2026-12-07',
  changes:
    'gᵢ’s description no longer calls 3.57 the paper’s: it is this site’s reading of summaries of the paper (frontier compute about 5× a year over hardware’s 1.4×), since only the paper’s abstract could be read, and the preset for it says so too. The loss law’s constants are marked as cited from the paper’s eq. 1 and unchecked here. Same model, sliders, values, drawing and data as v6.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
  placedLabels: true,
  labelsOffLines: true,
  readingStated: true,
});
